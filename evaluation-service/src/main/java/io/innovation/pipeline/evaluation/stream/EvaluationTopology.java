package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.StreamFunction;
import io.innovation.pipeline.platform.stream.Topologies;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** ideas → (score, gate) → evaluations | ideas.dlq; the evaluations store answers GET /evaluations/{ideaId}. */
public final class EvaluationTopology {
    public static final String EVALUATIONS_STORE = "evaluations";
    public static final StreamFunction FUNCTION = new StreamFunction("ideaEvents", Topic.IDEAS, List.of(
            Topic.EVALUATIONS.topicName(), Topic.IDEAS.deadLetterTopicName()));

    private EvaluationTopology() {
    }

    public static Function<KStream<String, byte[]>, KStream<String, byte[]>[]> function(CloudEventCodec codec, EvaluationRules rules,
                                                                                       PipelineMetrics metrics) {
        return ideas -> FUNCTION.branches(ideas.process(
                Topologies.withStores(() -> new IdeaEventProcessor(codec, rules, metrics),
                        Topologies.keyValueStore(EVALUATIONS_STORE, JsonSerde.of(Evaluation.class))),
                Named.as("idea-events")));
    }
}
