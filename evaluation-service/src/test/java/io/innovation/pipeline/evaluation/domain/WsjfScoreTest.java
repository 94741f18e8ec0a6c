package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** WSJF as scored; the user-business value and job-size scales themselves are tested in contracts' EstimateScalesTest. */
class WsjfScoreTest {

    @Test
    void costOfDelayDividedByJobSize() {
        // (13 for impact 2 + 8 + 5) ÷ 5 for 6 weeks = 26 ÷ 5 = 5.2
        ScoreResult wsjf = Ideas.assess(Ideas.withEstimates(5000L, 2.0, 80, 6.0, 8, 5)).wsjf();

        assertThat(wsjf.name()).isEqualTo("wsjf");
        assertThat(wsjf.value()).isEqualTo(5.2);
        assertThat(wsjf.inputs()).containsExactly(
                entry("impact", 2.0),
                entry("userBusinessValue", 13.0),
                entry("timeCriticality", 8.0),
                entry("riskReduction", 5.0),
                entry("effortWeeks", 6.0),
                entry("jobSize", 5.0));
        assertThat(wsjf.explanation()).isEqualTo("WSJF 5.2 = (user-business value 13 for impact 2 + time criticality 8"
                + " + risk reduction 5) ÷ job size 5 for 6 person-weeks.");
    }

    @Test
    void extremesOfTheScale() {
        // (20 + 20 + 20) ÷ 1 = 60; (1 + 1 + 1) ÷ 20 = 0.15
        assertThat(Ideas.assess(Ideas.withEstimates(1L, 3.0, 100, 1.0, 20, 20)).wsjf().value()).isEqualTo(60.0);
        assertThat(Ideas.assess(Ideas.withEstimates(1L, 0.25, 100, 27.0, 1, 1)).wsjf().value()).isEqualTo(0.15);
    }

    @Test
    void roundsToTwoDecimals() {
        // (5 + 3 + 2) ÷ 3 for 3 weeks = 3.333… → 3.33
        assertThat(Ideas.assess(Ideas.withEstimates(1L, 1.0, 100, 3.0, 3, 2)).wsjf().value()).isEqualTo(3.33);
    }
}
