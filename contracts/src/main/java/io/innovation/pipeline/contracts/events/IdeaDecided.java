package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: the gate decided about an idea. Carries what the roadmap needs (team, effort, priority,
 * dependencies) so that roadmap-service never reads another service's state.
 *
 * <p>Added with people at the gate (all optional): {@code proposal}, what the policy proposed when a person
 * decided; {@code rationale}, the person's why (required when the decision goes against the proposal);
 * {@code questions} for the submitter on {@code NEEDS_INFO}; the two explanations; and {@code budget}, the
 * approval's standing against its theme's envelope (on APPROVED, and on PARKED for lack of budget).
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
        String actor,
        DecisionOutcome proposal,
        String rationale,
        List<String> questions,
        String engineerExplanation,
        String executiveExplanation,
        BudgetStanding budget) {

    public IdeaDecided {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** As written before people decided at the gate: no proposal, rationale, explanations or budget. */
    public IdeaDecided(String ideaId, long ideaVersion, String title, String team, DecisionOutcome outcome, String reason, String decidedBy, double priority, double effortWeeks, List<String> dependsOn, Instant decidedAt, String actor) {
        this(ideaId, ideaVersion, title, team, outcome, reason, decidedBy, priority, effortWeeks, dependsOn, decidedAt, actor,
                null, null, List.of(), null, null, null);
    }

    /** Without an actor (events written before they carried one, and writers that name none): the decider. */
    public IdeaDecided(String ideaId, long ideaVersion, String title, String team, DecisionOutcome outcome, String reason, String decidedBy, double priority, double effortWeeks, List<String> dependsOn, Instant decidedAt) {
        this(ideaId, ideaVersion, title, team, outcome, reason, decidedBy, priority, effortWeeks, dependsOn, decidedAt, decidedBy);
    }
}
