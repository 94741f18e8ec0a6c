package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import org.junit.jupiter.api.Test;

/** The default settings and gate must tell a good idea from a poor one, and leave the middle to people. */
class CalibrationTest {

    static GateDecision decide(IdeaFacts idea) {
        return GatePolicy.defaults().decide(Ideas.assess(idea));
    }

    @Test
    void aWellEstimatedIdeaOnTheTopThemeIsApproved() {
        IdeaFacts idea = Ideas.withEstimates(5000L, 2.0, 80, 6.0, 8, 5, "customer-experience");

        // 34.09 + 15.29 + 30 (see CompositePriorityTest)
        assertThat(decide(idea)).isEqualTo(new GateDecision(Outcome.APPROVED,
                "Priority 79.38 is at or above the approval threshold 60: approved automatically.", Outcome.APPROVED, 0));
    }

    @Test
    void aPoorIdeaOnNoKnownThemeIsRejected() {
        IdeaFacts idea = Ideas.withEstimates(50L, 0.25, 20, 40.0, null, null, "moonshots");

        // RICE 50 × 0.25 × 0.2 ÷ (40 ÷ 4.33) = 0.27 → 40 × 0.27 ÷ 1000.27 = 0.01;
        // WSJF (1 + 1 + 1) ÷ 20 = 0.15 → 30 × 0.15 ÷ 5.15 = 0.87; alignment 0
        assertThat(decide(idea)).isEqualTo(new GateDecision(Outcome.REJECTED,
                "Priority 0.88 is below the rejection threshold 30: rejected automatically.", Outcome.REJECTED, 0));
    }

    @Test
    void aMiddlingIdeaOnALesserThemeNeedsReview() {
        IdeaFacts idea = Ideas.withEstimates(1000L, 1.0, 50, 7.0, 3, 2, "platform-reliability");

        // RICE 500 ÷ (7 ÷ 4.33) = 309.29 → 40 × 309.29 ÷ 1309.29 = 9.45; WSJF (5 + 3 + 2) ÷ 5 = 2 → 8.57; alignment 0.6 → 18
        assertThat(decide(idea)).isEqualTo(new GateDecision(Outcome.NEEDS_REVIEW,
                "Priority 36.02 is below the approval threshold 60 and at or above the rejection threshold 30: needs 1 review"
                        + " (0 so far), then a reviewer or executive decides.", Outcome.REJECTED, 1));
    }
}
