package io.innovation.pipeline.contracts;

import io.innovation.pipeline.contracts.commands.DecideIdea;
import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.ReviewIdea;
import io.innovation.pipeline.contracts.commands.SetBudget;
import io.innovation.pipeline.contracts.commands.SetTheme;
import io.innovation.pipeline.contracts.commands.SetCapacity;
import io.innovation.pipeline.contracts.commands.PinItem;
import io.innovation.pipeline.contracts.commands.UnpinItem;
import io.innovation.pipeline.contracts.commands.StartItem;
import io.innovation.pipeline.contracts.commands.DeliverItem;
import io.innovation.pipeline.contracts.events.CapacitySet;
import io.innovation.pipeline.contracts.events.ItemPinned;
import io.innovation.pipeline.contracts.events.ItemUnpinned;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.BudgetStanding;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.contracts.events.PriorityTerm;
import io.innovation.pipeline.contracts.events.Score;
import io.innovation.pipeline.contracts.events.ThemeSet;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.contracts.commands.AddComment;
import io.innovation.pipeline.contracts.commands.DeleteComment;
import io.innovation.pipeline.contracts.commands.EditComment;
import io.innovation.pipeline.contracts.commands.UpdateIdea;
import io.innovation.pipeline.contracts.commands.VoteForIdea;
import io.innovation.pipeline.contracts.commands.WithdrawIdea;
import io.innovation.pipeline.contracts.commands.WithdrawVote;
import io.innovation.pipeline.contracts.events.CommentAdded;
import io.innovation.pipeline.contracts.events.CommentDeleted;
import io.innovation.pipeline.contracts.events.CommentEdited;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic instance of every public payload. */
final class SamplePayloads {
    static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");
    static final String IDEA_ID = "6f1c2a4e-8d7b-4c1e-9a35-2b7f4c9d1e01";
    static final String OTHER_IDEA_ID = "2d0f6b9e-5c4a-4e8b-9f1d-3a7c5e9b1d22";
    static final String COMMENT_ID = "9a0e7c55-1b2d-4f3e-8c4a-5d6e7f8a9b0c";

    static final SubmitIdea SUBMIT_IDEA = new SubmitIdea(
            "Self-service password reset", "Support spends 20% of its time on password resets",
            "Add a reset flow with e-mail verification", "alice", "identity",
            List.of("customer-experience"), List.of("support"), 12000L, 2.0, 80, 6.0,
            new Money(new BigDecimal("30000"), "EUR"), 8, 5, List.of());

    static final SubmitIdea MINIMAL_SUBMIT_IDEA = new SubmitIdea(
            "Tiny idea", "A problem", null, "bob", "platform", null, null,
            null, null, null, null, null, null, null, null);

    static List<Object> all() {
        Score rice = new Score("RICE", 14778.0, Map.of("reach", 12000.0, "impact", 2.0, "confidence", 0.8, "effortMonths", 1.3),
                "reach × impact × confidence / effort months", "12000 users × impact 2 × 80% / 1.39 months");
        Score wsjf = new Score("WSJF", 8.67, Map.of("businessValue", 13.0, "timeCriticality", 8.0, "riskReduction", 5.0, "jobSize", 3.0),
                "(value + time criticality + risk reduction) / job size", "(13 + 8 + 5) / 3");
        Score alignment = new Score("alignment", 1.0, Map.of("customer-experience", 1.0), "max weight of the idea's themes", "on theme customer-experience (weight 1.0)");
        List<PeriodAllocation> allocations = List.of(new PeriodAllocation("2027-Q1", 4.0), new PeriodAllocation("2027-Q2", 2.0));
        List<Object> lifecycle = List.of(
                new UpdateIdea(1L, SUBMIT_IDEA),
                new WithdrawIdea("Solved by the new identity provider"),
                new VoteForIdea(),
                new WithdrawVote(),
                new AddComment(COMMENT_ID, "Could this reuse the e-mail service?"),
                new EditComment(COMMENT_ID, "Could this reuse the notification service?"),
                new DeleteComment(COMMENT_ID),
                new IdeaUpdated(IDEA_ID, 2, "identity", SUBMIT_IDEA, List.of("effortWeeks"), true, "c-3", NOW, "alice"),
                new IdeaWithdrawn(IDEA_ID, 2, "identity", "Solved by the new identity provider", "c-4", NOW, "alice"),
                new IdeaVoted(IDEA_ID, 3, "c-5", NOW, "rita"),
                new IdeaVoteWithdrawn(IDEA_ID, 2, "c-6", NOW, "rita"),
                new CommentAdded(IDEA_ID, COMMENT_ID, "Could this reuse the e-mail service?", "c-7", NOW, "paul"),
                new CommentEdited(IDEA_ID, COMMENT_ID, "Could this reuse the notification service?", "c-8", NOW, "paul"),
                new CommentDeleted(IDEA_ID, COMMENT_ID, "c-9", NOW, "admin"),
                new io.innovation.pipeline.contracts.commands.MergeIdea(OTHER_IDEA_ID),
                new io.innovation.pipeline.contracts.commands.AbsorbVoters(IDEA_ID, List.of("rita", "paul")),
                new io.innovation.pipeline.contracts.events.IdeaMerged(IDEA_ID, 2, "identity", OTHER_IDEA_ID, List.of("rita", "paul"), "c-10", NOW, "rita"),
                new io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed(OTHER_IDEA_ID, IDEA_ID, 3, "c-11", NOW, "/idea-service"));
        return java.util.stream.Stream.concat(List.<Object>of(
                SUBMIT_IDEA,
                MINIMAL_SUBMIT_IDEA,
                new IdeaSubmitted(IDEA_ID, 1, "http", "c-1", NOW, SUBMIT_IDEA),
                new IdeaAssessed(IDEA_ID, 1, "identity", rice, wsjf, alignment, 81.5,
                        List.of(new PriorityTerm("RICE", 0.94, 0.4, 37.5, "RICE 14778 against half-saturation 1000")), NOW),
                new IdeaDecided(IDEA_ID, 1, "Self-service password reset", "identity", DecisionOutcome.APPROVED,
                        "priority 81.5 ≥ approval threshold 60", "policy", 81.5, 6.0, List.of(), NOW),
                new IdeaAssessed(IDEA_ID, 1, "identity", rice, wsjf, alignment, 81.5,
                        List.of(new PriorityTerm("reviews", 0.75, 0.2, 12.5, "2 reviews average 0.75")), NOW, "rita", 2,
                        "6 person-weeks; feasibility 4 of 5 and risk 2 of 5 from 2 reviews; no dependencies.",
                        "Value 5 of 5; costs 30000 EUR of 70000 EUR remaining in customer-experience for 2026-Q4."),
                new IdeaDecided(IDEA_ID, 1, "Self-service password reset", "identity", DecisionOutcome.PARKED,
                        "needs 5000 EUR more than customer-experience has left for 2026-Q4", "rita", 81.5, 6.0, List.of(), NOW, "rita",
                        DecisionOutcome.APPROVED, null, List.of(), "6 person-weeks, low risk", "30000 EUR against 25000 EUR left",
                        new BudgetStanding("customer-experience", "2026-Q4", "EUR", new BigDecimal("30000"), new BigDecimal("100000"),
                                new BigDecimal("75000"), new BigDecimal("25000"), new BigDecimal("5000"))),
                new ReviewIdea(IDEA_ID, 1L, 4, 5, 2, "Clear need, small change"),
                new ReviewIdea(IDEA_ID, null, 1, 1, 5, null),
                new DecideIdea(IDEA_ID, DecisionOutcome.NEEDS_INFO, "What does support measure today?", List.of("How many resets a week?")),
                new SetTheme("customer-experience", "Customer experience", "What customers feel", 0.9, true),
                new SetBudget("customer-experience", "2027-Q1", new Money(new BigDecimal("250000.00"), "EUR")),
                new IdeaReviewed(IDEA_ID, 1, "rita", 4, 5, 2, "Clear need", false, NOW, "rita"),
                new ThemeSet("customer-experience", "Customer experience", null, 0.9, true,
                        List.of(new ThemeSet.Envelope("2027-Q1", new BigDecimal("250000"), "EUR")), NOW, "erin"),
                new ItemScheduled(IDEA_ID, "identity", "Self-service password reset", "2027-Q1", "2027-Q2", allocations,
                        6.0, 81.5, 1, "highest priority of the team", NOW),
                new ItemRescheduled(IDEA_ID, "identity", "Self-service password reset", "2027-Q1", "2027-Q1", "2027-Q1", "2027-Q2",
                        allocations, 6.0, 81.5, 2, "an item of higher priority took 20 weeks of 2027-Q1", NOW),
                new ItemBacklogged(IDEA_ID, "identity", "Self-service password reset", 6.0, 81.5, 3, "no room in 4 quarters", NOW),
                new ItemRemoved(IDEA_ID, "identity", "Self-service password reset", "2026-Q4", "2027-Q1",
                        "Removed from the roadmap: WITHDRAWN by alice (no longer needed).", NOW, "alice"),
                new SetCapacity("web", "2027-Q1", 26),
                new PinItem(IDEA_ID, "2027-Q2"),
                new UnpinItem(IDEA_ID),
                new StartItem(IDEA_ID),
                new DeliverItem(IDEA_ID),
                new CapacitySet("web", "2027-Q1", 26, 39, NOW, "paul"),
                new ItemPinned(IDEA_ID, "identity", "Self-service password reset", "2027-Q2", "2027-Q2", "2027-Q2", List.of(), NOW, "paul"),
                new ItemUnpinned(IDEA_ID, "identity", "Self-service password reset", null, null, null, NOW, "paul"),
                new ItemStarted(IDEA_ID, "identity", "Self-service password reset", "2027-Q1", "2027-Q2", allocations, List.of("idea-7"), NOW, "paul"),
                new ItemDelivered(IDEA_ID, "identity", "Self-service password reset", "2027-Q1", "2027-Q2", NOW, "paul"),
                new ItemBacklogged(IDEA_ID, "identity", "Self-service password reset", 6.0, 81.5, 3, "waits for idea-7", NOW, "paul", List.of("idea-7")),
                new CommandRejected("c-2", EventTypes.SUBMIT_IDEA, Topic.IDEA_COMMANDS.topicName(), IDEA_ID,
                        List.of(new Violation("title", "must be 3 to 200 characters")), NOW)).stream(), lifecycle.stream()).toList();
    }

    private SamplePayloads() {
    }
}
