package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.PriorityTerm;
import io.innovation.pipeline.contracts.events.Score;
import io.innovation.pipeline.contracts.events.ThemeSet;
import io.innovation.pipeline.evaluation.domain.Assessment;
import io.innovation.pipeline.evaluation.domain.Decision;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation;
import io.innovation.pipeline.evaluation.domain.Review;
import io.innovation.pipeline.evaluation.domain.ScoreResult;
import io.innovation.pipeline.evaluation.domain.ThemeAccount;
import java.time.Instant;

/** The public events evaluation-service publishes, made from the domain's state. */
final class EvaluationEvents {
    static final String SERVICE = "evaluation-service";

    private EvaluationEvents() {
    }

    static IdeaAssessed assessed(String team, IdeaEvaluation state, Instant at, String actor) {
        Assessment assessment = state.assessment();
        return new IdeaAssessed(state.facts().ideaId(), state.version(), team,
                score(assessment.rice()), score(assessment.wsjf()), score(assessment.alignment()), assessment.priority(),
                assessment.priorityTerms().stream()
                        .map(t -> new PriorityTerm(t.score(), t.normalized(), t.weight(), t.contribution(), t.explanation()))
                        .toList(),
                at, actor == null ? SERVICE : actor, state.reviews().count(), state.engineerExplanation(),
                state.executiveExplanation(null, at));
    }

    static IdeaReviewed reviewed(IdeaEvaluation state, Review review, boolean replaced) {
        return new IdeaReviewed(state.facts().ideaId(), state.version(), review.reviewer(), review.feasibility(), review.value(),
                review.risk(), review.comment(), replaced, review.at(), review.reviewer());
    }

    static IdeaDecided decided(String title, String team, IdeaEvaluation state, Decision decision) {
        return new IdeaDecided(state.facts().ideaId(), state.version(), title, team,
                DecisionOutcome.valueOf(decision.outcome().name()), decision.reason(), decision.decidedBy(),
                state.assessment().priority(), state.assessment().effortWeeks(), state.dependsOn(), decision.at(),
                decision.decidedBy(),
                decision.proposal() == null ? null : DecisionOutcome.valueOf(decision.proposal().name()),
                decision.rationale(), decision.questions(), decision.engineerExplanation(), decision.executiveExplanation(),
                decision.budget());
    }

    static ThemeSet themeSet(ThemeAccount account, Instant at, String actor) {
        return new ThemeSet(account.themeId(), account.name(), account.description(), account.weight(), account.active(),
                account.envelopesByPeriod().stream()
                        .map(envelope -> new ThemeSet.Envelope(envelope.period(), envelope.amount(), envelope.currency()))
                        .toList(),
                at, actor);
    }

    private static Score score(ScoreResult result) {
        return new Score(result.name(), result.value(), result.inputs(), result.formula(), result.explanation());
    }
}
