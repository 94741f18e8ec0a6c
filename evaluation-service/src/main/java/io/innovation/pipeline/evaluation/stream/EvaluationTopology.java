package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.Topologies;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/** ideas → (score, gate) → evaluations | ideas.dlq; the evaluations store answers GET /evaluations/{ideaId}. */
public final class EvaluationTopology {
    public static final String EVALUATIONS_STORE = "evaluations";

    private EvaluationTopology() {
    }

    public static KStream<String, Outbound> build(StreamsBuilder builder, CloudEventCodec codec, EvaluationRules rules, PipelineMetrics metrics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EVALUATIONS_STORE), Serdes.String(), JsonSerde.of(Evaluation.class)));
        KStream<String, Outbound> outbound = Topologies.rawStream(builder, Topic.IDEAS)
                .process(() -> new IdeaEventProcessor(codec, rules, metrics), Named.as("idea-events"), EVALUATIONS_STORE);
        Topologies.toOutboundTopics(outbound);
        return outbound;
    }
}
