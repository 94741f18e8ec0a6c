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
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * evaluations → (decisions by team: a Kafka Streams repartition) → (plan the team) → roadmap | dead letters.
 * Stores: team backlogs (the state), and the views read over HTTP (items by idea, roadmaps by team).
 */
public final class RoadmapTopology {
    public static final String BACKLOGS_STORE = "team-backlogs";
    public static final String ITEMS_STORE = "roadmap-items";
    public static final String ROADMAPS_STORE = "team-roadmaps";
    /**
     * Gate decisions re-keyed by team, so one task owns each team's plan. Kafka Streams names the topic
     * {@code <application-id>-decisions-by-team-repartition}; it is internal, not part of the public catalogue.
     */
    static final String DECISIONS_BY_TEAM = "decisions-by-team";
    public static final StreamFunction FUNCTION = new StreamFunction("evaluationEvents", Topic.EVALUATIONS, List.of(
            Topic.ROADMAP.topicName(), Topic.EVALUATIONS.deadLetterTopicName()));

    private RoadmapTopology() {
    }

    public static Function<KStream<String, byte[]>, KStream<String, byte[]>[]> function(CloudEventCodec codec, RoadmapSettings settings,
                                                                                       PipelineMetrics metrics) {
        CapacityGauges gauges = new CapacityGauges(metrics.registry(), settings.teamCapacityWeeks().keySet());
        return evaluations -> {
            KStream<String, Outbound> routed = evaluations.process(() -> new DecisionRouter(codec, metrics), Named.as("route-by-team"));
            KStream<String, Outbound> planned = routed
                    .filter((team, out) -> DECISIONS_BY_TEAM.equals(out.topic()), Named.as("team-decisions"))
                    .mapValues(Outbound::value, Named.as("team-decision-values"))
                    .repartition(Repartitioned.<String, byte[]>as(DECISIONS_BY_TEAM)
                            .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()))
                    .process(Topologies.withStores(() -> new TeamPlanner(codec, settings, gauges, metrics),
                                    Topologies.keyValueStore(BACKLOGS_STORE, JsonSerde.of(TeamBacklog.class)),
                                    Topologies.keyValueStore(ITEMS_STORE, JsonSerde.of(RoadmapItemView.class)),
                                    Topologies.keyValueStore(ROADMAPS_STORE, JsonSerde.of(TeamRoadmapView.class))),
                            Named.as("team-planner"));
            KStream<String, Outbound> routingDeadLetters = routed
                    .filterNot((key, out) -> DECISIONS_BY_TEAM.equals(out.topic()), Named.as("routing-dead-letters"));
            return FUNCTION.branches(routingDeadLetters.merge(planned, Named.as("roadmap-outputs")));
        };
    }
}
