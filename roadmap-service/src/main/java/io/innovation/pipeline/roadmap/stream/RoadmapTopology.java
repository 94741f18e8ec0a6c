package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.StreamFunction;
import io.innovation.pipeline.platform.stream.Topologies;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * evaluations + roadmap commands → (route by team: a Kafka Streams repartition) → (apply, and plan the team once per
 * interval) → roadmap | command rejections | dead letters; the roadmap topic itself comes back in as a global table,
 * so each team plans after the other teams' items it depends on.
 * Stores: the router's idea → team map; per team its items ({@code team/idea}) and its state; the global table.
 */
public final class RoadmapTopology {
    public static final String ITEM_TEAMS_STORE = "item-teams";
    public static final String ITEMS_STORE = "team-items";
    public static final String TEAMS_STORE = "team-plans";
    /** The global store of {@code innovation.roadmap.v1} (the binder materialises the second input under this name). */
    public static final String PUBLISHED_STORE = "published-items";
    /**
     * Changes of a team re-keyed by team, so one task owns each team's plan. Kafka Streams names the topic
     * {@code <application-id>-team-changes-repartition}; it is internal, not part of the public catalogue.
     */
    static final String TEAM_CHANGES = "team-changes";
    public static final StreamFunction FUNCTION = new StreamFunction("roadmap",
            List.of(List.of(Topic.EVALUATIONS, Topic.ROADMAP_COMMANDS), List.of(Topic.ROADMAP)),
            List.of(Topic.ROADMAP.topicName(), Topic.COMMAND_REJECTIONS.topicName(), Topic.EVALUATIONS.deadLetterTopicName(),
                    Topic.ROADMAP_COMMANDS.deadLetterTopicName()));

    private RoadmapTopology() {
    }

    public static Function<KStream<String, byte[]>, Function<GlobalKTable<String, byte[]>, KStream<String, byte[]>[]>> function(
            CloudEventCodec codec, RoadmapSettings settings, PipelineMetrics metrics) {
        CapacityGauges gauges = new CapacityGauges(metrics.registry(), settings.planning().teamCapacityWeeks().keySet());
        return input -> published -> {
            KStream<String, Outbound> routed = input.process(
                    Topologies.withStores(() -> new ItemRouter(codec, metrics),
                            Topologies.keyValueStore(ITEM_TEAMS_STORE, Serdes.String())),
                    Named.as("route-by-team"));
            KStream<String, Outbound> planned = routed
                    .filter((team, out) -> TEAM_CHANGES.equals(out.topic()), Named.as("team-changes-out"))
                    .mapValues(Outbound::value, Named.as("team-changes-values"))
                    .repartition(Repartitioned.<String, byte[]>as(TEAM_CHANGES)
                            .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()))
                    .process(Topologies.withStores(() -> new TeamPlanner(codec, settings, gauges, metrics),
                                    Topologies.keyValueStore(ITEMS_STORE, JsonSerde.of(RoadmapItemView.class)),
                                    Topologies.keyValueStore(TEAMS_STORE, JsonSerde.of(TeamState.class))),
                            Named.as("team-planner"));
            KStream<String, Outbound> refused = routed
                    .filterNot((key, out) -> TEAM_CHANGES.equals(out.topic()), Named.as("routing-outcomes"));
            return FUNCTION.branches(refused.merge(planned, Named.as("roadmap-outputs")));
        };
    }
}
