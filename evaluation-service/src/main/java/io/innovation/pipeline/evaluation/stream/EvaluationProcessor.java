package io.innovation.pipeline.evaluation.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.evaluation.domain.BudgetRequest;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation.Step;
import io.innovation.pipeline.evaluation.domain.Refusal;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** What evaluation-service's processors share: publishing an idea's step, asking budgets, refusing commands. */
abstract class EvaluationProcessor extends CloudEventProcessor {
    /** The CloudEvent extension naming the person behind a command ({@code ce_actor} in Kafka). */
    static final String ACTOR_EXTENSION = EvaluationTopology.ACTOR_EXTENSION;

    private final String budgetDestination;

    /** @param budgetDestination the internal destination through which this processor's budget requests reach the themes */
    EvaluationProcessor(Topic input, String budgetDestination, CloudEventCodec codec, PipelineMetrics metrics) {
        super(input, codec, metrics);
        this.budgetDestination = budgetDestination;
    }

    /**
     * Publishes what the step produced (review, assessment, decision), asks the themes' budgets, and stores the
     * evaluation: all in this task's transaction.
     */
    protected void apply(KeyValueStore<String, Evaluation> evaluations, Record<?, ?> cause, Evaluation evaluation, Step step,
                         Instant at, String actor) {
        String ideaId = evaluation.ideaId();
        IdeaEvaluation after = step.after();
        IdeaReviewed reviewed = step.review() == null ? null : EvaluationEvents.reviewed(after, step.review(), step.replaced());
        IdeaAssessed assessed = step.assessed() ? EvaluationEvents.assessed(evaluation.team(), after, at, actor) : null;
        IdeaDecided decided = step.decided() == null ? null
                : EvaluationEvents.decided(evaluation.title(), evaluation.team(), after, step.decided());
        if (reviewed != null) {
            emit(Topic.EVALUATIONS, ideaId, ideaId, reviewed, cause);
        }
        if (assessed != null) {
            emit(Topic.EVALUATIONS, ideaId, ideaId, assessed, cause);
        }
        if (decided != null) {
            emit(Topic.EVALUATIONS, ideaId, ideaId, decided, cause);
            metrics.decided(decided, evaluation.submittedAt());
            Counter.builder("innovation.decisions")
                    .description("Gate decisions by outcome")
                    .tag("outcome", decided.outcome().name())
                    .register(metrics.registry())
                    .increment();
        }
        for (BudgetRequest request : step.budget()) {
            String type = request instanceof BudgetRequest.Reserve ? BudgetMessages.RESERVE : BudgetMessages.RELEASE;
            emit(budgetDestination, request.themeId(), request.ideaId(), type, request, cause);
        }
        evaluations.put(ideaId, evaluation.with(after, assessed, reviewed, decided));
    }

    /** A well-formed command refused: a {@link CommandRejected} with the reasons, keyed by the command id. */
    protected void reject(Record<String, byte[]> record, CloudEvent command, Refusal refusal) {
        String subject = record.key() != null ? record.key() : command.getSubject();
        reject(record, command, Topic.EVALUATION_COMMANDS, subject, refusal.violations(), actor(command));
    }

    /** The person behind a command, from the {@value #ACTOR_EXTENSION} extension; null when it names none. */
    static String actor(CloudEvent command) {
        return namedActor(command);
    }

    static List<String> commandTypes() {
        return List.of(EventTypes.REVIEW_IDEA, EventTypes.DECIDE_IDEA, EventTypes.SET_THEME, EventTypes.SET_BUDGET);
    }
}
