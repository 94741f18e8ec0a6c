package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.Topologies;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * evaluations → (decisions by team) → roadmap-decisions-by-team → (plan the team) → roadmap | dead letters.
 * Stores: team backlogs (the state), and the views read over HTTP (items by idea, roadmaps by team).
 */
public final class RoadmapTopology {
    public static final String BACKLOGS_STORE = "team-backlogs";
    public static final String ITEMS_STORE = "roadmap-items";
    public static final String ROADMAPS_STORE = "team-roadmaps";

    private RoadmapTopology() {
    }

    public static void build(StreamsBuilder builder, CloudEventCodec codec, RoadmapSettings settings, PipelineMetrics metrics) {
        addStore(builder, BACKLOGS_STORE, JsonSerde.of(TeamBacklog.class));
        addStore(builder, ITEMS_STORE, JsonSerde.of(RoadmapItemView.class));
        addStore(builder, ROADMAPS_STORE, JsonSerde.of(TeamRoadmapView.class));

        CapacityGauges gauges = new CapacityGauges(metrics.registry());
        Topologies.toOutboundTopics(Topologies.rawStream(builder, Topic.EVALUATIONS)
                .process(() -> new DecisionRouter(codec, metrics), Named.as("decisions-by-team")));
        Topologies.toOutboundTopics(Topologies.rawStream(builder, Topic.ROADMAP_DECISIONS_BY_TEAM)
                .process(() -> new TeamPlanner(codec, settings, gauges, metrics), Named.as("team-planner"),
                        BACKLOGS_STORE, ITEMS_STORE, ROADMAPS_STORE));
    }

    private static <V> void addStore(StreamsBuilder builder, String name, Serde<V> serde) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde));
    }
}
