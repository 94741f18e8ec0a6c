package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.evaluation.domain.ScoringSettings.Assumptions;
import org.junit.jupiter.api.Test;

class MissingEstimatesTest {

    @Test
    void defaultAssumptionsAreScoredAndExplained() {
        Assessment assessment = Ideas.assess(Ideas.withoutEstimates());

        // reach 0 → RICE 0; (1 for impact 0.25 + 1 + 1) ÷ 8 for 13 weeks = 0.375 → 0.38
        assertThat(assessment.rice().value()).isZero();
        assertThat(assessment.rice().inputs()).containsEntry("reach", 0.0).containsEntry("impact", 0.25)
                .containsEntry("confidencePercent", 50.0).containsEntry("effortWeeks", 13.0);
        assertThat(assessment.rice().explanation()).isEqualTo("RICE 0 = reach 0 × impact 0.25 × confidence 50 %"
                + " ÷ effort 3 person-months (13 person-weeks ÷ 4.33); reach not given: assumed 0, impact not given:"
                + " assumed 0.25, confidence not given: assumed 50 %, effort not given: assumed 13 person-weeks.");
        assertThat(assessment.wsjf().value()).isEqualTo(0.38);
        assertThat(assessment.wsjf().explanation()).endsWith("÷ job size 8 for 13 person-weeks; impact not given:"
                + " assumed 0.25, time criticality not given: assumed 1, risk reduction not given: assumed 1,"
                + " effort not given: assumed 13 person-weeks.");
        assertThat(assessment.effortWeeks()).isEqualTo(13.0);
    }

    @Test
    void onlyTheMissingEstimateIsMentioned() {
        Assessment assessment = Ideas.assess(Ideas.withEstimates(1000L, 1.0, null, 4.33, 3, 2));

        // 1000 × 1 × 0.5 ÷ 1 = 500, as if 50 % had been given
        assertThat(assessment.rice().value()).isEqualTo(500.0);
        assertThat(assessment.rice().explanation()).endsWith("; confidence not given: assumed 50 %.")
                .doesNotContain("reach not given", "effort not given");
        assertThat(assessment.wsjf().explanation()).doesNotContain("not given");
    }

    @Test
    void givenEstimatesAreNotCalledAssumptions() {
        Assessment assessment = Ideas.assess(Ideas.withEstimates(1000L, 1.0, 50, 4.33, 3, 2));

        assertThat(assessment.rice().explanation()).doesNotContain("assumed");
        assertThat(assessment.wsjf().explanation()).doesNotContain("assumed");
        assertThat(assessment.effortWeeks()).isEqualTo(4.33);
    }

    @Test
    void configuredAssumptionsReplaceTheDefaults() {
        ScoringSettings settings = ScoringSettings.defaults().withAssumptions(new Assumptions(100, 1.0, 80, 4.33, 3, 2));

        Assessment assessment = Scorer.assess(Ideas.withoutEstimates(), Ideas.STRATEGY, settings);

        // 100 × 1 × 0.8 ÷ 1 = 80; (5 + 3 + 2) ÷ 5 = 2
        assertThat(assessment.rice().value()).isEqualTo(80.0);
        assertThat(assessment.wsjf().value()).isEqualTo(2.0);
        assertThat(assessment.effortWeeks()).isEqualTo(4.33);
        assertThat(assessment.rice().explanation()).contains("reach not given: assumed 100", "confidence not given: assumed 80 %");
    }
}
