package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.Topologies;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;

/** ideas → (score, gate) → evaluations | ideas.dlq; the evaluations store answers GET /evaluations/{ideaId}. */
public final class EvaluationTopology {
    public static final String EVALUATIONS_STORE = "evaluations";

    private EvaluationTopology() {
    }

    public static KStream<String, Outbound> build(StreamsBuilder builder, CloudEventCodec codec, EvaluationRules rules, PipelineMetrics metrics) {
        return Topologies.singleProcessor(builder, Topic.IDEAS, "idea-events", EVALUATIONS_STORE, JsonSerde.of(Evaluation.class),
                () -> new IdeaEventProcessor(codec, rules, metrics));
    }
}
