package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** IdeaSubmitted events used by the evaluation-service tests. */
public final class SubmittedIdeas {
    public static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    /** Well estimated and on the most important theme: the gate approves it with no human step. */
    public static IdeaSubmitted strong(String id) {
        return new IdeaSubmitted(id, 1, "http", "c-" + id, AT, new SubmitIdea("Self-service password reset",
                "Support drowns in resets", null, "alice", "identity", List.of("customer-experience"), List.of(),
                5000L, 2.0, 80, 6.0, new Money(new BigDecimal("30000"), "EUR"), 8, 5, List.of()));
    }

    /** Small reach, low confidence, large and off-strategy: the gate rejects it. */
    public static IdeaSubmitted poor(String id) {
        return new IdeaSubmitted(id, 1, "kafka", "c-" + id, AT, new SubmitIdea("Rewrite the footer in Rust",
                "The footer is old", null, "bob", "web", List.of("fun"), List.of(),
                50L, 0.25, 20, 40.0, null, 1, 1, List.of()));
    }

    /** Strong and small: approved by the gate alone, costing {@code cost} EUR of customer-experience's budget. */
    public static IdeaSubmitted strongCosting(String id, long cost) {
        IdeaSubmitted strong = strong(id);
        SubmitIdea idea = strong.idea();
        return new IdeaSubmitted(id, 1, "http", "c-" + id, AT, new SubmitIdea(idea.title(), idea.problem(), null, idea.submitter(),
                idea.team(), idea.themes(), List.of(), idea.reach(), idea.impact(), idea.confidence(), idea.effortWeeks(),
                new Money(BigDecimal.valueOf(cost), "EUR"), idea.timeCriticality(), idea.riskReduction(), List.of()));
    }

    /** Priority 36.02, in the grey zone: it waits for a review and a person's decision (the policy proposes REJECTED). */
    public static IdeaSubmitted middling(String id) {
        return new IdeaSubmitted(id, 1, "http", "c-" + id, AT, new SubmitIdea("Retry failed payouts",
                "Payouts fail now and then", null, "alice", "payments", List.of("platform-reliability"), List.of(),
                1000L, 1.0, 50, 7.0, new Money(new BigDecimal("20000"), "EUR"), 3, 2, List.of()));
    }

    private SubmittedIdeas() {
    }
}
