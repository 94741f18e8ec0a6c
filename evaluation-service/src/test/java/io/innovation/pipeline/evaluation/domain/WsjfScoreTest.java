package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WsjfScoreTest {

    @ParameterizedTest(name = "impact {0} is user-business value {1}")
    @CsvSource({"0.25, 1", "0.5, 3", "1, 5", "2, 13", "3, 20"})
    void userBusinessValueFollowsImpact(double impact, int expected) {
        assertThat(Scorer.userBusinessValue(impact)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} person-weeks is job size {1}")
    @CsvSource({
            "0.5, 1", "1, 1", "1.01, 2", "2, 2", "2.01, 3", "4, 3", "4.01, 5", "8, 5",
            "8.01, 8", "13, 8", "13.01, 13", "26, 13", "26.01, 20", "520, 20"})
    void jobSizeBandsIncludeTheirUpperBound(double effortWeeks, int expected) {
        assertThat(Scorer.jobSize(effortWeeks)).isEqualTo(expected);
    }

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
