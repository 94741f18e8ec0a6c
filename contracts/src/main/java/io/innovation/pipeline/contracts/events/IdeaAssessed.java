package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/** Event: evaluation-service scored an idea. Written to {@code innovation.evaluations.v1}. */
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
        String actor) {

    /** Without an actor (events written before they carried one, and writers that name none): evaluation-service. */
    public IdeaAssessed(String ideaId, long ideaVersion, String team, Score rice, Score wsjf, Score alignment, double priority, List<PriorityTerm> priorityTerms, Instant assessedAt) {
        this(ideaId, ideaVersion, team, rice, wsjf, alignment, priority, priorityTerms, assessedAt, "evaluation-service");
    }
}
