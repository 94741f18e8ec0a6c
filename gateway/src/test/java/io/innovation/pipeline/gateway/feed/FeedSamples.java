package io.innovation.pipeline.gateway.feed;

import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.contracts.events.PriorityTerm;
import io.innovation.pipeline.contracts.events.Score;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Realistic payloads of the six event types the live feed knows, as the back-ends write them. */
public final class FeedSamples {

    public static final Instant TIME = Instant.parse("2026-11-25T10:15:30Z");

    private FeedSamples() {}

    public static IdeaSubmitted submitted(String ideaId, String team) {
        return new IdeaSubmitted(ideaId, 1, "http", "command-" + ideaId, TIME, new SubmitIdea(
                "Self-service password reset", "Support spends a fifth of its time on password resets",
                "A reset flow with e-mail verification", "alice", team, List.of("customer-experience"), List.of(),
                5000L, 2.0, 80, 6.0, new Money(new BigDecimal("30000"), "EUR"), 8, 5, List.of()));
    }

    public static IdeaAssessed assessed(String ideaId, String team) {
        Score rice = new Score("rice", 5773.33, Map.of("reach", 5000.0), "reach × impact × confidence ÷ effort", "RICE 5773.33");
        Score wsjf = new Score("wsjf", 5.2, Map.of("jobSize", 5.0), "(value + criticality + risk) ÷ size", "WSJF 5.2");
        Score alignment = new Score("alignment", 1.0, Map.of("customer-experience", 1.0), "highest theme weight", "Alignment 1");
        return new IdeaAssessed(ideaId, 1, team, rice, wsjf, alignment, 79.38,
                List.of(new PriorityTerm("rice", 0.85, 0.4, 34.09, "RICE term")), TIME);
    }

    public static IdeaDecided decided(String ideaId, String team, DecisionOutcome outcome) {
        return new IdeaDecided(ideaId, 1, "Self-service password reset", team, outcome,
                "Priority 79.38 is at or above the approval threshold 60: approved automatically.", "gate-policy",
                79.38, 6.0, List.of(), TIME);
    }

    public static ItemScheduled scheduled(String ideaId, String team) {
        return new ItemScheduled(ideaId, team, "Self-service password reset", "2026-Q4", "2027-Q1",
                List.of(new PeriodAllocation("2026-Q4", 4.0), new PeriodAllocation("2027-Q1", 2.0)), 6.0, 79.38, 2,
                "Rank 2 of 2 for team " + team, TIME);
    }

    public static ItemRescheduled rescheduled(String ideaId, String team) {
        return new ItemRescheduled(ideaId, team, "Self-service password reset", "2026-Q3", "2026-Q3", "2026-Q4", "2026-Q4",
                List.of(new PeriodAllocation("2026-Q4", 6.0)), 6.0, 79.38, 3, "A higher-priority item took the room", TIME);
    }

    public static ItemBacklogged backlogged(String ideaId, String team) {
        return new ItemBacklogged(ideaId, team, "Self-service password reset", 6.0, 41.0, 7, "No room in the 4-quarter horizon", TIME);
    }
}
