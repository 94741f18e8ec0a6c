package io.innovation.pipeline.evaluation.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.PriorityTerm;
import io.innovation.pipeline.contracts.events.Score;
import io.innovation.pipeline.evaluation.domain.Assessment;
import io.innovation.pipeline.evaluation.domain.GateDecision;
import io.innovation.pipeline.evaluation.domain.IdeaFacts;
import io.innovation.pipeline.evaluation.domain.ScoreResult;
import io.innovation.pipeline.evaluation.domain.Scorer;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Scores every submitted idea and applies the gate: publishes {@link IdeaAssessed} then {@link IdeaDecided} on
 * {@code innovation.evaluations.v1}. Event times come from the input record, so a replay gives the same events.
 */
final class IdeaEventProcessor extends CloudEventProcessor {
    static final String DECIDED_BY_POLICY = "policy";

    private final EvaluationRules rules;
    private KeyValueStore<String, Evaluation> evaluations;

    IdeaEventProcessor(CloudEventCodec codec, EvaluationRules rules, PipelineMetrics metrics) {
        super(Topic.IDEAS, codec, metrics);
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        evaluations = context.getStateStore(EvaluationTopology.EVALUATIONS_STORE);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        if (!EventTypes.IDEA_SUBMITTED.equals(event.getType())) {
            metrics.ignored(input().topicName(), event.getType());
            return;
        }
        IdeaSubmitted submitted = CloudEventCodec.data(event, IdeaSubmitted.class);
        Evaluation previous = evaluations.get(submitted.ideaId());
        if (previous != null && previous.ideaVersion() >= submitted.version()) {
            return; // this version was evaluated already (a redelivery)
        }
        Instant at = timeOf(record);
        Assessment assessment = Scorer.assess(facts(submitted), rules.strategy(), rules.scoring());
        GateDecision decision = rules.gate().decide(assessment);
        SubmitIdea idea = submitted.idea();
        IdeaAssessed assessed = new IdeaAssessed(submitted.ideaId(), submitted.version(), idea.team(),
                score(assessment.rice()), score(assessment.wsjf()), score(assessment.alignment()), assessment.priority(),
                assessment.priorityTerms().stream()
                        .map(t -> new PriorityTerm(t.score(), t.normalized(), t.weight(), t.contribution(), t.explanation()))
                        .toList(),
                at);
        DecisionOutcome outcome = DecisionOutcome.valueOf(decision.outcome().name());
        IdeaDecided decided = new IdeaDecided(submitted.ideaId(), submitted.version(), idea.title(), idea.team(),
                outcome, decision.reason(), DECIDED_BY_POLICY, assessment.priority(), assessment.effortWeeks(),
                idea.dependsOn(), at);

        emit(Topic.EVALUATIONS, submitted.ideaId(), submitted.ideaId(), assessed, record);
        emit(Topic.EVALUATIONS, submitted.ideaId(), submitted.ideaId(), decided, record);
        metrics.decided(decided, submitted.submittedAt());
        evaluations.put(submitted.ideaId(), new Evaluation(submitted.ideaId(), submitted.version(), assessed, decided));
        Counter.builder("innovation.decisions")
                .description("Gate decisions by outcome")
                .tag("outcome", outcome.name())
                .register(metrics.registry())
                .increment();
    }

    private static IdeaFacts facts(IdeaSubmitted submitted) {
        SubmitIdea idea = submitted.idea();
        return new IdeaFacts(submitted.ideaId(), idea.title(), idea.team(), idea.themes(), idea.reach(), idea.impact(),
                idea.confidence(), idea.effortWeeks(),
                idea.costEstimate() == null ? null : idea.costEstimate().amount(),
                idea.costEstimate() == null ? null : idea.costEstimate().currency(),
                idea.timeCriticality(), idea.riskReduction());
    }

    private static Score score(ScoreResult result) {
        return new Score(result.name(), result.value(), result.inputs(), result.formula(), result.explanation());
    }
}
