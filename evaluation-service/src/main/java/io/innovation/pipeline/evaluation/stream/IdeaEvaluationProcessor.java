package io.innovation.pipeline.evaluation.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.DecideIdea;
import io.innovation.pipeline.contracts.commands.ReviewIdea;
import io.innovation.pipeline.contracts.commands.SetBudget;
import io.innovation.pipeline.contracts.commands.SetTheme;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import io.innovation.pipeline.evaluation.domain.GateRules;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation.Step;
import io.innovation.pipeline.evaluation.domain.IdeaFacts;
import io.innovation.pipeline.evaluation.domain.Refusal;
import io.innovation.pipeline.evaluation.domain.Review;
import io.innovation.pipeline.evaluation.domain.Strategy;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Owns each idea's evaluation (keyed by idea id). Reads the ideas and the evaluation commands: scores and gates every
 * submitted version, takes reviews and people's decisions, and publishes {@link IdeaAssessed}, {@link IdeaReviewed} and
 * {@link IdeaDecided} on {@code innovation.evaluations.v1}. An approval that costs money is sent to its primary theme's
 * budget (re-keyed by theme); strategy commands go there too. Refused commands become {@link CommandRejected}.
 * Open ideas are re-scored when the strategy changes. Event times come from the input record, so a replay gives the
 * same events.
 */
final class IdeaEvaluationProcessor extends EvaluationProcessor {
    private final EvaluationRules rules;
    private KeyValueStore<String, Evaluation> evaluations;
    private KeyValueStore<String, ValueAndTimestamp<byte[]>> strategyStore;
    private Strategy rescoredFor;
    private ProcessorContext<String, Outbound> context;

    IdeaEvaluationProcessor(CloudEventCodec codec, EvaluationRules rules, PipelineMetrics metrics) {
        super(Topic.IDEAS, BudgetMessages.REQUESTS, codec, metrics);
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        this.context = context;
        evaluations = context.getStateStore(EvaluationTopology.EVALUATIONS_STORE);
        strategyStore = context.getStateStore(EvaluationTopology.STRATEGY_STORE);
        context.schedule(rules.rescoreInterval(), PunctuationType.WALL_CLOCK_TIME, this::rescoreIfStrategyChanged);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        String type = event.getType();
        if (EventTypes.IDEA_SUBMITTED.equals(type)) {
            IdeaSubmitted submitted = CloudEventCodec.data(event, IdeaSubmitted.class);
            evaluate(record, submitted.ideaId(), submitted.version(), submitted.idea(), submitted.submittedAt());
        } else if (EventTypes.IDEA_UPDATED.equals(type)) {
            updated(record, CloudEventCodec.data(event, IdeaUpdated.class));
        } else if (EventTypes.IDEA_WITHDRAWN.equals(type)) {
            IdeaWithdrawn withdrawn = CloudEventCodec.data(event, IdeaWithdrawn.class);
            closed(record, withdrawn.ideaId(), withdrawn.actor(), withdrawn.reason());
        } else if (EventTypes.IDEA_MERGED.equals(type)) {
            IdeaMerged merged = CloudEventCodec.data(event, IdeaMerged.class); // released as for a withdrawal
            closed(record, merged.ideaId(), merged.actor(), "merged into " + merged.mergedInto() + " as a duplicate");
        } else if (EventTypes.REVIEW_IDEA.equals(type)) {
            read(record, event, ReviewIdea.class).ifPresent(review -> review(record, event, review));
        } else if (EventTypes.DECIDE_IDEA.equals(type)) {
            read(record, event, DecideIdea.class).ifPresent(decision -> decide(record, event, decision));
        } else if (EventTypes.SET_THEME.equals(type)) {
            read(record, event, SetTheme.class).ifPresent(theme -> forward(BudgetMessages.REQUESTS, theme.themeId(), record));
        } else if (EventTypes.SET_BUDGET.equals(type)) {
            read(record, event, SetBudget.class).ifPresent(budget -> forward(BudgetMessages.REQUESTS, budget.themeId(), record));
        } else if (fromCommandTopic()) {
            reject(record, event, Refusal.of(Refusal.Kind.INVALID, "ce_type", "unknown command type '" + type + "'; expected one of "
                    + commandTypes()));
        } else {
            metrics.ignored(input().topicName(), type);
        }
    }

    /** A version of an idea (its first, or an edit that re-opens its evaluation): scored and gated afresh. */
    private void evaluate(Record<String, byte[]> record, String ideaId, long version, SubmitIdea idea, Instant submittedAt) {
        Evaluation previous = evaluations.get(ideaId);
        if (previous != null && previous.ideaVersion() >= version) {
            return; // this version was evaluated already (a redelivery)
        }
        if (previous != null && previous.state() != null && previous.state().closed()) {
            return; // withdrawn: no later version is evaluated
        }
        Instant at = timeOf(record);
        Step step = IdeaEvaluation.submitted(previous == null ? null : previous.state(), facts(ideaId, idea), version,
                idea.submitter(), idea.dependsOn(), at, domainRules());
        Evaluation base = new Evaluation(ideaId, version, idea.title(), idea.team(), step.after(),
                previous == null ? null : previous.assessment(), previous == null ? null : previous.decision(),
                previous == null ? List.of() : previous.history(),
                previous != null && previous.submittedAt() != null ? previous.submittedAt() : submittedAt);
        apply(evaluations, record, base, step, at, null);
    }

    /**
     * An edit re-opens the evaluation when it changed what the scores rest on (estimates, themes, team, dependencies), or
     * when the idea was sent back with questions (any edit answers them); other edits (wording, tags) leave it as it is.
     */
    private void updated(Record<String, byte[]> record, IdeaUpdated updated) {
        Evaluation previous = evaluations.get(updated.ideaId());
        boolean answers = previous != null && previous.state() != null && previous.state().awaitingAnswers();
        if (previous == null || updated.reopensEvaluation() || answers) {
            evaluate(record, updated.ideaId(), updated.version(), updated.idea(), null);
        }
    }

    /** Withdrawn, or merged into another idea: the evaluation closes and what it holds is released. */
    private void closed(Record<String, byte[]> record, String ideaId, String actor, String why) {
        Evaluation evaluation = evaluations.get(ideaId);
        if (evaluation == null || evaluation.state() == null) {
            return; // never evaluated: nothing to release
        }
        Instant at = timeOf(record);
        String by = actor == null ? evaluation.state().submitter() : actor;
        Step step = evaluation.state().withdrawn(by, why, at);
        if (step != null) {
            apply(evaluations, record, evaluation, step, at, by);
        }
    }

    private void review(Record<String, byte[]> record, CloudEvent command, ReviewIdea review) {
        String reviewer = actor(command);
        Instant at = timeOf(record);
        evaluated(record, command, review.ideaId()).ifPresent(evaluation -> {
            IdeaEvaluation state = evaluation.state();
            GateRules.checkReview(reviewer, state.submitter(), state.open(), state.version(), review.ideaVersion())
                    .ifPresentOrElse(refusal -> reject(record, command, refusal), () -> apply(evaluations, record, evaluation,
                            state.reviewed(new Review(reviewer, review.feasibility(), review.value(), review.risk(), review.comment(), at),
                                    at, domainRules()), at, reviewer));
        });
    }

    private void decide(Record<String, byte[]> record, CloudEvent command, DecideIdea decision) {
        String decider = actor(command);
        Outcome outcome = Outcome.valueOf(decision.outcome().name());
        Instant at = timeOf(record);
        evaluated(record, command, decision.ideaId()).ifPresent(evaluation -> {
            IdeaEvaluation state = evaluation.state();
            GateRules.checkDecision(decider, state.submitter(), outcome, decision.rationale(), decision.questions(), state.gate(),
                            state.reviews().count())
                    .ifPresentOrElse(refusal -> reject(record, command, refusal), () -> apply(evaluations, record, evaluation,
                            state.decidedBy(decider, outcome, decision.rationale(), decision.questions(), at), at, decider));
        });
    }

    /** The idea's evaluation, or empty after refusing the command about an idea this service does not evaluate. */
    private Optional<Evaluation> evaluated(Record<String, byte[]> record, CloudEvent command, String ideaId) {
        Evaluation evaluation = evaluations.get(ideaId);
        if (evaluation == null || evaluation.state() == null) {
            reject(record, command, Refusal.of(Refusal.Kind.NOT_FOUND, "ideaId", "no idea " + ideaId + " is being evaluated"));
            return Optional.empty();
        }
        if (evaluation.state().closed()) {
            reject(record, command, Refusal.of(Refusal.Kind.CONFLICT, "ideaId", "idea " + ideaId + " was withdrawn: its evaluation is closed"));
            return Optional.empty();
        }
        return Optional.of(evaluation);
    }

    /** Re-scores the open ideas of this task when the strategy in force changed since they were last scored. */
    private void rescoreIfStrategyChanged(long now) {
        Strategy strategy = strategy();
        if (strategy.equals(rescoredFor)) {
            return;
        }
        Instant at = Instant.ofEpochMilli(now);
        IdeaEvaluation.Rules domainRules = new IdeaEvaluation.Rules(strategy, rules.scoring(), rules.gate());
        List<KeyValue<String, Evaluation>> open = new ArrayList<>();
        try (KeyValueIterator<String, Evaluation> all = evaluations.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.state() != null && entry.value.state().open()) {
                    open.add(entry);
                }
            });
        }
        outsideRecord(() -> {
            for (KeyValue<String, Evaluation> entry : open) {
                Step step = entry.value.state().rescored(at, domainRules);
                if (step != null) {
                    apply(evaluations, new Record<>(entry.key, null, now), entry.value, step, at, null);
                }
            }
        });
        rescoredFor = strategy;
    }

    private IdeaEvaluation.Rules domainRules() {
        return new IdeaEvaluation.Rules(strategy(), rules.scoring(), rules.gate());
    }

    private Strategy strategy() {
        return rules.seed().over(StrategyView.published(strategyStore));
    }

    private <T> Optional<T> read(Record<String, byte[]> record, CloudEvent command, Class<T> type) {
        JsonNode data;
        try {
            data = CloudEventCodec.dataTree(command);
        } catch (JacksonException | IllegalArgumentException e) {
            reject(record, command, Refusal.of(Refusal.Kind.INVALID, SchemaValidator.ROOT_FIELD, "is not JSON: " + e.getMessage()));
            return Optional.empty();
        }
        Checked<T> checked = SchemaValidator.of(type).read(data);
        if (checked instanceof Checked.Invalid<T> invalid) {
            reject(record, command, new Refusal(Refusal.Kind.INVALID, invalid.violations()));
            return Optional.empty();
        }
        return Optional.of(((Checked.Valid<T>) checked).value());
    }

    private boolean fromCommandTopic() {
        return context.recordMetadata().map(m -> Topic.EVALUATION_COMMANDS.topicName().equals(m.topic())).orElse(false);
    }

    private static IdeaFacts facts(String ideaId, SubmitIdea idea) {
        return new IdeaFacts(ideaId, idea.title(), idea.team(), idea.themes(), idea.reach(), idea.impact(),
                idea.confidence(), idea.effortWeeks(),
                idea.costEstimate() == null ? null : idea.costEstimate().amount(),
                idea.costEstimate() == null ? null : idea.costEstimate().currency(),
                idea.timeCriticality(), idea.riskReduction());
    }
}
