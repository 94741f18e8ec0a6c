package io.innovation.pipeline.evaluation.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Takes a theme's answer to an approval back to the task that owns the idea's evaluation (it shares the evaluations
 * store with {@link IdeaEvaluationProcessor}) and publishes the final decision: APPROVED with the reservation, or
 * PARKED with how much is missing. A stale answer's reservation is given back.
 */
final class BudgetAnswerProcessor extends EvaluationProcessor {
    private KeyValueStore<String, Evaluation> evaluations;

    BudgetAnswerProcessor(CloudEventCodec codec, PipelineMetrics metrics) {
        super(Topic.EVALUATION_COMMANDS, BudgetMessages.RELEASES, codec, metrics);
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        evaluations = context.getStateStore(EvaluationTopology.EVALUATIONS_STORE);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        if (!BudgetMessages.ANSWER.equals(event.getType())) {
            throw new IllegalArgumentException("not a budget answer: " + event.getType());
        }
        BudgetMessages.Answer answer = CloudEventCodec.data(event, BudgetMessages.Answer.class);
        Evaluation evaluation = evaluations.get(answer.ideaId());
        if (evaluation == null) {
            throw new IllegalStateException("a budget answer for idea " + answer.ideaId() + ", which this task does not evaluate");
        }
        Instant at = timeOf(record);
        apply(evaluations, record, evaluation,
                evaluation.state().budgetAnswered(answer.sequence(), answer.reserved(), answer.standing(), answer.reason(), at),
                at, null);
    }
}
