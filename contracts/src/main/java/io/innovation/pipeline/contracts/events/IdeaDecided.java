package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: the gate decided about an idea. Carries what the roadmap needs (team, effort, priority,
 * dependencies) so that roadmap-service never reads another service's state.
 */
public record IdeaDecided(
        String ideaId,
        long ideaVersion,
        String title,
        String team,
        DecisionOutcome outcome,
        String reason,
        String decidedBy,
        double priority,
        double effortWeeks,
        List<String> dependsOn,
        Instant decidedAt,
        String actor) {

    public IdeaDecided {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** Without an actor (events written before they carried one, and writers that name none): the decider. */
    public IdeaDecided(String ideaId, long ideaVersion, String title, String team, DecisionOutcome outcome, String reason, String decidedBy, double priority, double effortWeeks, List<String> dependsOn, Instant decidedAt) {
        this(ideaId, ideaVersion, title, team, outcome, reason, decidedBy, priority, effortWeeks, dependsOn, decidedAt, decidedBy);
    }
}
