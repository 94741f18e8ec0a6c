package io.innovation.pipeline.evaluation.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import io.innovation.pipeline.evaluation.domain.Refusal.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The gate: when it decides alone, what it proposes, and what people may decide. */
class GateProperties {
    static final GatePolicy POLICY = new GatePolicy(60, 30, new BigDecimal("50000"), "EUR", 2);

    static Assessment withPriority(double priority) {
        ScoreResult none = new ScoreResult("none", 0, Map.of(), "", "");
        return new Assessment(none, none, none, priority, List.of(), 1);
    }

    /** A priority in hundredths, a cost (or none), a review count. */
    record Case(double priority, BigDecimal cost, int reviews) {
    }

    static Gen<Case> cases() {
        return integers().between(0, 10_000).zip(integers().between(-1, 120_000), integers().between(0, 3),
                (hundredths, cost, reviews) -> new Case(hundredths / 100.0, cost < 0 ? null : BigDecimal.valueOf(cost), reviews));
    }

    static Gen<Outcome> decidable() {
        return integers().between(0, 3).map(i -> List.of(Outcome.APPROVED, Outcome.REJECTED, Outcome.NEEDS_INFO, Outcome.PARKED).get(i));
    }

    @Test
    void smallIdeasOutsideTheGreyZoneAreDecidedAloneAndEveryOtherWaitsForItsReviews() {
        check(cases(), c -> {
            GateDecision gate = POLICY.decide(withPriority(c.priority()), c.cost(), "EUR", c.reviews());

            boolean grey = c.priority() >= 30 && c.priority() < 60;
            boolean costly = c.cost() != null && c.cost().compareTo(new BigDecimal("50000")) >= 0;
            assertThat(gate.automatic()).isEqualTo(!grey && !costly);
            if (gate.automatic()) {
                assertThat(gate.outcome()).isEqualTo(c.priority() >= 60 ? Outcome.APPROVED : Outcome.REJECTED);
                assertThat(gate.reviewsRequired()).isZero();
            } else {
                assertThat(gate.reviewsRequired()).isEqualTo(2);
                assertThat(gate.reason()).contains(c.reviews() < 2 ? "needs 2 reviews (" + c.reviews() + " so far)"
                        : "reviews complete: the policy proposes " + gate.proposal());
            }
            assertThat(gate.proposal()).isEqualTo(c.priority() >= 45 ? Outcome.APPROVED : Outcome.REJECTED);
        });
    }

    @Test
    void aDecisionAgainstTheProposalWithoutARationaleIsRefusedAndNeverAccepted() {
        check(cases(), decidable(), (c, outcome) -> {
            GateDecision gate = POLICY.decide(withPriority(c.priority()), c.cost(), "EUR", c.reviews());

            Optional<Refusal> refusal = GateRules.checkDecision("rita", "alice", outcome, "  ", List.of("why?"), gate, c.reviews());

            if (outcome != gate.proposal()) {
                assertThat(refusal).hasValueSatisfying(r -> {
                    assertThat(r.kind()).isEqualTo(Kind.INVALID);
                    assertThat(r.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo("rationale"));
                });
            } else if (c.reviews() < gate.reviewsRequired()) {
                assertThat(refusal).hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Kind.CONFLICT));
            } else {
                assertThat(refusal).isEmpty();
            }
            assertThat(GateRules.checkDecision("rita", "alice", outcome, "budget is better spent elsewhere", List.of(), gate,
                    gate.reviewsRequired())).isEmpty();
        });
    }

    @Test
    void nobodyReviewsOrDecidesAnOwnIdea() {
        GateDecision gate = POLICY.decide(withPriority(50), null, null, 2);

        assertThat(GateRules.checkReview("alice", "alice", true, 1, null))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Kind.FORBIDDEN));
        assertThat(GateRules.checkDecision("alice", "alice", Outcome.APPROVED, null, List.of(), gate, 2))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Kind.FORBIDDEN));
        assertThat(GateRules.checkReview("rita", "alice", true, 1, null)).isEmpty();
        assertThat(GateRules.checkReview("rita", "alice", true, 2, 1L))
                .hasValueSatisfying(r -> assertThat(r.violations().get(0).message()).isEqualTo("version 1 is not the idea's current version 2"));
        assertThat(GateRules.checkReview("rita", "alice", false, 1, null))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Kind.CONFLICT));
    }

    @Test
    void aCostInAnotherCurrencyThanTheThresholdAlwaysNeedsReview() {
        GateDecision gate = POLICY.decide(withPriority(90), new BigDecimal("10"), "USD", 0);

        assertThat(gate.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(gate.reason()).isEqualTo("its cost is in USD, not in EUR of the review threshold: needs 2 reviews (0 so far),"
                + " then a reviewer or executive decides.");
    }
}
