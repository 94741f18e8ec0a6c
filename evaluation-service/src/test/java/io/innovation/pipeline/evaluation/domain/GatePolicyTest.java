package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatePolicyTest {

    static Assessment withPriority(double priority) {
        ScoreResult none = new ScoreResult("none", 0, java.util.Map.of(), "", "");
        return new Assessment(none, none, none, priority, List.of(), 1);
    }

    @ParameterizedTest(name = "priority {0} is {1}")
    @CsvSource({"100, APPROVED", "60, APPROVED", "59.99, NEEDS_REVIEW", "30, NEEDS_REVIEW", "29.99, REJECTED", "0, REJECTED"})
    void defaultThresholdsApproveAtSixtyAndRejectBelowThirty(double priority, Outcome expected) {
        assertThat(GatePolicy.defaults().decide(withPriority(priority)).outcome()).isEqualTo(expected);
    }

    @Test
    void reasonsStateThePriorityAndTheThreshold() {
        GatePolicy policy = GatePolicy.defaults();

        assertThat(policy.decide(withPriority(79.38)).reason())
                .isEqualTo("Priority 79.38 is at or above the approval threshold 60: approved automatically.");
        assertThat(policy.decide(withPriority(12.5)).reason())
                .isEqualTo("Priority 12.5 is below the rejection threshold 30: rejected automatically.");
        assertThat(policy.decide(withPriority(45)).reason()).isEqualTo(
                "Priority 45 is below the approval threshold 60 and at or above the rejection threshold 30: needs 1 review"
                        + " (0 so far), then a reviewer or executive decides.");
    }

    @Test
    void thresholdsAreConfigurable() {
        GatePolicy policy = new GatePolicy(80, 50);

        assertThat(policy.decide(withPriority(79.99)).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(policy.decide(withPriority(80)).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(policy.decide(withPriority(49.99)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void equalThresholdsLeaveNothingToReview() {
        GatePolicy policy = new GatePolicy(50, 50);

        assertThat(policy.decide(withPriority(50)).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(policy.decide(withPriority(49.99)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void thresholdsMustBePrioritiesInOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GatePolicy(40, 50))
                .withMessage("rejectBelow (50) must not be above approveAtOrAbove (40)");
        assertThatIllegalArgumentException().isThrownBy(() -> new GatePolicy(101, 30))
                .withMessage("approveAtOrAbove must be a priority from 0 to 100, was 101.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new GatePolicy(60, -1))
                .withMessage("rejectBelow must be a priority from 0 to 100, was -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new GatePolicy(Double.NaN, 30))
                .withMessageStartingWith("approveAtOrAbove must be a priority");
    }
}
