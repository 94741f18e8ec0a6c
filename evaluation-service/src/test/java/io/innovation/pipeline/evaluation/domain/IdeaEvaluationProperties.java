package io.innovation.pipeline.evaluation.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.innovation.pipeline.contracts.events.BudgetStanding;
import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation.Rules;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * An idea's evaluation through any sequence of reviews, decisions, budget answers and re-scorings: one review per
 * reviewer, decisions against the proposal carry a rationale, re-scoring never changes a decided idea's decision.
 */
class IdeaEvaluationProperties {
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    static final List<String> PEOPLE = List.of("alice", "rita", "paul", "erin");
    static final Rules RULES = new Rules(Ideas.STRATEGY, ScoringSettings.defaults(),
            new GatePolicy(60, 30, new BigDecimal("50000"), "EUR", 1));

    /** One thing that happens to the idea. */
    record Event(int kind, int person, int a, int b, int c) {
    }

    static Gen<Event> events() {
        return integers().between(0, 4).zip(integers().between(0, 3), integers().between(1, 5),
                        (kind, person, a) -> new int[] {kind, person, a})
                .zip(integers().between(1, 5), integers().between(1, 5), (h, b, c) -> new Event(h[0], h[1], h[2], b, c));
    }

    static Gen<List<Event>> histories() {
        return lists().of(events()).ofSizeBetween(0, 25);
    }

    static IdeaFacts idea(int costThousands) {
        return new IdeaFacts("idea-1", "An idea", "team-a", List.of("customer-experience"), 1000L, 1.0, 50, 7.0,
                BigDecimal.valueOf(costThousands * 1000L), "EUR", 3, 2);
    }

    /** Applies an event if the rules allow it; returns the step, or null when refused or not applicable. */
    static Step apply(IdeaEvaluation state, Event event, Instant at) {
        String person = PEOPLE.get(event.person());
        return switch (event.kind()) {
            case 0 -> GateRules.checkReview(person, state.submitter(), state.open(), state.version(), null).isEmpty()
                    ? state.reviewed(new Review(person, event.a(), event.b(), event.c(), "ok", at), at, RULES) : null;
            case 1 -> {
                Outcome outcome = List.of(Outcome.APPROVED, Outcome.REJECTED, Outcome.NEEDS_INFO, Outcome.PARKED).get(event.a() % 4);
                String rationale = event.b() > 2 ? "reasons " + event.b() : null;
                yield GateRules.checkDecision(person, state.submitter(), outcome, rationale, List.of(), state.gate(),
                        state.reviews().count()).isEmpty()
                        ? state.decidedBy(person, outcome, rationale, List.of(), at) : null;
            }
            case 2 -> {
                boolean fits = event.a() > 2;
                BigDecimal cost = state.facts().costAmount();
                yield state.budgetAnswered(state.sequence() - (event.b() > 4 ? 1 : 0), fits,
                        new BudgetStanding("customer-experience", "2026-Q4", "EUR", cost, new BigDecimal("100000"),
                                fits ? cost : BigDecimal.ZERO, BigDecimal.ZERO, fits ? BigDecimal.ZERO : cost),
                        fits ? "reserved" : "needs more", at);
            }
            case 3 -> state.rescored(at, new Rules(Strategy.of(new StrategyTheme("customer-experience", "CX", event.a() / 5.0)),
                    RULES.scoring(), RULES.gate()));
            default -> null;
        };
    }

    @Test
    void peopleAndBudgetsKeepTheGatesPromises() {
        check(histories(), integers().between(0, 120), (history, costThousands) -> {
            Step step = IdeaEvaluation.submitted(null, idea(costThousands), 1, "alice", List.of(), T0, RULES);
            IdeaEvaluation state = step.after();
            Instant at = T0;
            for (Event event : history) {
                at = at.plusSeconds(60);
                Decision before = state.decision();
                Step next = apply(state, event, at);
                if (next == null) {
                    continue;
                }
                if (event.kind() == 3) {
                    assertThat(next.after().decision()).as("re-scoring keeps the decision").isEqualTo(before);
                    assertThat(before.waiting()).as("only open ideas are re-scored").isTrue();
                }
                Decision decided = next.decided();
                if (decided != null && !IdeaEvaluation.POLICY.equals(decided.decidedBy())) {
                    assertThat(decided.proposal()).as("a person's decision records the proposal").isNotNull();
                    if (decided.outcome() != decided.proposal() && decided.outcome() != Outcome.PARKED) {
                        assertThat(decided.rationale()).as("against the proposal, so with a rationale").isNotBlank();
                    }
                    assertThat(decided.at()).isNotNull();
                }
                if (decided != null) {
                    assertThat(decided.engineerExplanation()).contains("person-weeks");
                    assertThat(decided.executiveExplanation()).contains("Priority");
                }
                state = next.after();
                assertThat(state.reviews().all().stream().map(Review::reviewer).distinct().count())
                        .as("one review per reviewer").isEqualTo(state.reviews().count());
                assertThat(state.reviews().hasReviewBy("alice")).as("nobody reviews an own idea").isFalse();
                if (state.decision() != null && state.decision().outcome() == Outcome.APPROVED
                        && state.decision().budget() == null) {
                    assertThat(state.facts().costAmount()).as("an approval with a cost holds budget").isNull();
                }
            }
        });
    }

    @Test
    void aStaleBudgetAnswerGivesBackWhatItReserved() {
        IdeaEvaluation waiting = IdeaEvaluation.submitted(null, idea(80), 1, "alice", List.of(), T0, RULES).after();
        IdeaEvaluation reviewed = waiting.reviewed(new Review("rita", 5, 5, 1, "good", T0), T0, RULES).after();
        Step approved = reviewed.decidedBy("rita", Outcome.APPROVED, "worth it", List.of(), T0);
        Step rejected = approved.after().decidedBy("erin", Outcome.REJECTED, "not now", List.of(), T0);
        BudgetStanding fitted = new BudgetStanding("customer-experience", "2026-Q4", "EUR", new BigDecimal("80000"),
                new BigDecimal("100000"), new BigDecimal("80000"), new BigDecimal("20000"), BigDecimal.ZERO);

        Step stale = rejected.after().budgetAnswered(approved.after().sequence(), true, fitted, "reserved", T0);

        assertThat(approved.budget()).singleElement().isInstanceOf(BudgetRequest.Reserve.class);
        assertThat(stale.decided()).isNull();
        assertThat(stale.after().decision().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(stale.budget()).containsExactly(new BudgetRequest.Release("customer-experience", "idea-1", 1));
    }

    @Test
    void anApprovalThatDoesNotFitIsParkedWithWhatIsMissing() {
        IdeaEvaluation waiting = IdeaEvaluation.submitted(null, idea(80), 1, "alice", List.of(), T0, RULES).after();
        Step approved = waiting.reviewed(new Review("rita", 5, 5, 1, "good", T0), T0, RULES).after()
                .decidedBy("rita", Outcome.APPROVED, null, List.of(), T0);
        BudgetStanding short_ = new BudgetStanding("customer-experience", "2026-Q4", "EUR", new BigDecimal("80000"),
                new BigDecimal("100000"), new BigDecimal("50000"), new BigDecimal("50000"), new BigDecimal("30000"));

        Step parked = approved.after().budgetAnswered(approved.after().sequence(), false, short_,
                "needs 30000 EUR more than the 50000 EUR left in customer-experience for 2026-Q4", T0);

        assertThat(parked.decided().outcome()).isEqualTo(Outcome.PARKED);
        assertThat(parked.decided().reason()).endsWith("Parked: needs 30000 EUR more than the 50000 EUR left in customer-experience for 2026-Q4.");
        assertThat(parked.decided().decidedBy()).isEqualTo("rita");
        assertThat(parked.decided().executiveExplanation()).contains("30000 EUR missing");
    }
}
