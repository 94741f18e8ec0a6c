package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: evaluation-service scored an idea. Written to {@code innovation.evaluations.v1}. Added with reviews (optional):
 * the two explanations, one for engineers (effort, risk, feasibility from reviews, dependencies) and one for
 * executives (value, cost against the remaining budget, alignment, period), and {@code reviewCount}.
 */
public record IdeaAssessed(
        String ideaId,
        long ideaVersion,
        String team,
        Score rice,
        Score wsjf,
        Score alignment,
        double priority,
        List<PriorityTerm> priorityTerms,
        Instant assessedAt,
        String actor,
        Integer reviewCount,
        String engineerExplanation,
        String executiveExplanation) {

    /** As written before reviews: no explanations for the two audiences. */
    public IdeaAssessed(String ideaId, long ideaVersion, String team, Score rice, Score wsjf, Score alignment, double priority, List<PriorityTerm> priorityTerms, Instant assessedAt, String actor) {
        this(ideaId, ideaVersion, team, rice, wsjf, alignment, priority, priorityTerms, assessedAt, actor, null, null, null);
    }

    /** Without an actor (events written before they carried one, and writers that name none): evaluation-service. */
    public IdeaAssessed(String ideaId, long ideaVersion, String team, Score rice, Score wsjf, Score alignment, double priority, List<PriorityTerm> priorityTerms, Instant assessedAt) {
        this(ideaId, ideaVersion, team, rice, wsjf, alignment, priority, priorityTerms, assessedAt, "evaluation-service");
    }
}
