package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RiceScoreTest {

    @Test
    void oneMonthOfEffortDividesByOne() {
        // 1000 × 1 × 0.5 ÷ (4.33 ÷ 4.33) = 500
        ScoreResult rice = Ideas.assess(Ideas.withEstimates(1000L, 1.0, 50, 4.33, 3, 2)).rice();

        assertThat(rice.name()).isEqualTo("rice");
        assertThat(rice.value()).isEqualTo(500.0);
    }

    @Test
    void effortCountsInPersonMonthsOfFourPointThreeThreeWeeks() {
        // 5000 × 2 × 0.8 ÷ (8.66 ÷ 4.33 = 2 months) = 4000
        assertThat(Ideas.assess(Ideas.withEstimates(5000L, 2.0, 80, 8.66, 8, 5)).rice().value()).isEqualTo(4000.0);
        // 5000 × 2 × 0.8 ÷ (6 ÷ 4.33 = 1.3857 months) = 8000 × 4.33 ÷ 6 = 5773.333… → 5773.33
        assertThat(Ideas.assess(Ideas.withEstimates(5000L, 2.0, 80, 6.0, 8, 5)).rice().value()).isEqualTo(5773.33);
    }

    @Test
    void inputsAreTheNumbersUsedAndTheExplanationShowsThem() {
        ScoreResult rice = Ideas.assess(Ideas.withEstimates(5000L, 2.0, 80, 6.0, 8, 5)).rice();

        assertThat(rice.inputs()).containsOnlyKeys("reach", "impact", "confidencePercent", "effortWeeks", "effortMonths");
        assertThat(rice.inputs()).containsEntry("reach", 5000.0).containsEntry("impact", 2.0)
                .containsEntry("confidencePercent", 80.0).containsEntry("effortWeeks", 6.0);
        assertThat(rice.inputs().get("effortMonths")).isCloseTo(1.3857, within(0.0001));
        assertThat(rice.formula()).isEqualTo("reach × impact × (confidencePercent ÷ 100) ÷ (effortWeeks ÷ 4.33)");
        assertThat(rice.explanation()).isEqualTo(
                "RICE 5773.33 = reach 5000 × impact 2 × confidence 80 % ÷ effort 1.39 person-months (6 person-weeks ÷ 4.33).");
    }

    @Test
    void zeroConfidenceOrZeroReachGivesZero() {
        assertThat(Ideas.assess(Ideas.withEstimates(5000L, 3.0, 0, 1.0, 1, 1)).rice().value()).isZero();
        assertThat(Ideas.assess(Ideas.withEstimates(0L, 3.0, 100, 1.0, 1, 1)).rice().value()).isZero();
    }
}
