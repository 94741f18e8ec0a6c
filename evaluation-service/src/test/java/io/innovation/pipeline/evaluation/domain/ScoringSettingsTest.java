package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.innovation.pipeline.evaluation.domain.ScoringSettings.Assumptions;
import org.junit.jupiter.api.Test;

class ScoringSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(ScoringSettings.defaults()).isEqualTo(
                new ScoringSettings(0.4, 0.3, 0.3, 1000, 5, new Assumptions(0, 0.25, 50, 13, 1, 1)));
        assertThat(ScoringSettings.defaults().totalWeight()).isEqualTo(1.0);
    }

    @Test
    void weightsMustBeFiniteAndNotNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringSettings.defaults().withWeights(-0.1, 0.3, 0.3))
                .withMessage("riceWeight must be a finite number of 0 or more, was -0.1");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringSettings.defaults().withWeights(0.4, Double.NaN, 0.3))
                .withMessage("wsjfWeight must be a finite number of 0 or more, was NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScoringSettings.defaults().withWeights(0.4, 0.3, Double.POSITIVE_INFINITY))
                .withMessage("alignmentWeight must be a finite number of 0 or more, was Infinity");
    }

    @Test
    void atLeastOneWeightMustCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringSettings.defaults().withWeights(0, 0, 0))
                .withMessage("at least one of riceWeight, wsjfWeight, alignmentWeight must be above 0");
    }

    @Test
    void halfSaturationConstantsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringSettings.defaults().withHalfSaturation(0, 5))
                .withMessage("riceHalfSaturation must be a finite number above 0, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringSettings.defaults().withHalfSaturation(1000, -5))
                .withMessage("wsjfHalfSaturation must be a finite number above 0, was -5.0");
    }

    @Test
    void assumptionsAreRequiredAndMustBeOnTheEstimateScales() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringSettings.defaults().withAssumptions(null))
                .withMessage("assumptions for missing estimates are required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Assumptions(-1, 0.25, 50, 13, 1, 1))
                .withMessage("assumed reach must be zero or more users per quarter, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Assumptions(0, 0.3, 50, 13, 1, 1))
                .withMessage("assumed impact must be one of 0.25, 0.5, 1, 2, 3, was 0.3");
        assertThatIllegalArgumentException().isThrownBy(() -> new Assumptions(0, 0.25, 101, 13, 1, 1))
                .withMessage("assumed confidence must be a percentage from 0 to 100, was 101");
        assertThatIllegalArgumentException().isThrownBy(() -> new Assumptions(0, 0.25, 50, 0, 1, 1))
                .withMessage("assumed effortWeeks must be more than 0 and at most 520 person-weeks, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Assumptions(0, 0.25, 50, 13, 4, 1))
                .withMessage("assumed timeCriticality must be one of 1, 2, 3, 5, 8, 13, 20, was 4");
        assertThatIllegalArgumentException().isThrownBy(() -> new Assumptions(0, 0.25, 50, 13, 1, 21))
                .withMessage("assumed riskReduction must be one of 1, 2, 3, 5, 8, 13, 20, was 21");
    }
}
