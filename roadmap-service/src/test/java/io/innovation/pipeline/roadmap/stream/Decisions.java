package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import java.time.Instant;
import java.util.List;

/** Gate decisions used by the roadmap-service tests. */
public final class Decisions {
    /** In 2027-Q1, so the default horizon is 2027-Q1..2027-Q4. */
    public static final Instant AT = Instant.parse("2027-01-15T09:00:00Z");

    public static IdeaDecided approved(String id, String team, double priority, double effortWeeks, String... dependsOn) {
        return new IdeaDecided(id, 1, "Idea " + id.substring(0, 4), team, DecisionOutcome.APPROVED,
                "Priority " + priority + " is at or above the approval threshold 60", "policy", priority, effortWeeks,
                List.of(dependsOn), AT);
    }

    public static IdeaDecided rejected(String id, String team) {
        return new IdeaDecided(id, 1, "Idea " + id.substring(0, 4), team, DecisionOutcome.REJECTED,
                "Priority 12 is below the rejection threshold 30", "policy", 12, 8, List.of(), AT);
    }

    /** The evaluation closed: the submitter withdrew the idea. */
    public static IdeaDecided withdrawn(String id, String team, String by) {
        return new IdeaDecided(id, 1, "Idea " + id.substring(0, 4), team, DecisionOutcome.WITHDRAWN,
                "Withdrawn by " + by + ": no longer needed. Its evaluation is closed.", by, 80, 15, List.of(), AT.plusSeconds(60));
    }

    private Decisions() {
    }
}
