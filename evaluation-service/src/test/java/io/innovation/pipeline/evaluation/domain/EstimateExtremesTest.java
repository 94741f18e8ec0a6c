package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.EstimateScales;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every combination of the extremes a command may carry (the limits published in SubmitIdea.schema.json, from
 * EstimateScales) scores to finite numbers: an idea intake accepts never fails evaluation.
 */
class EstimateExtremesTest {

    @Test
    void theExtremesIntakeAcceptsScoreToFiniteNumbers() {
        List<Long> reaches = List.of(EstimateScales.REACH_MIN, EstimateScales.REACH_MAX);
        List<Double> impacts = List.of(EstimateScales.IMPACT.get(0), EstimateScales.IMPACT.get(EstimateScales.IMPACT.size() - 1));
        List<Integer> confidences = List.of(EstimateScales.CONFIDENCE_MIN, EstimateScales.CONFIDENCE_MAX);
        List<Double> efforts = List.of(EstimateScales.EFFORT_WEEKS_MIN, EstimateScales.EFFORT_WEEKS_MAX);
        List<Integer> urgencies = List.of(EstimateScales.FIBONACCI.get(0), EstimateScales.FIBONACCI.get(EstimateScales.FIBONACCI.size() - 1));
        for (long reach : reaches) {
            for (double impact : impacts) {
                for (int confidence : confidences) {
                    for (double effort : efforts) {
                        for (int urgency : urgencies) {
                            Assessment assessment = Ideas.assess(Ideas.withEstimates(reach, impact, confidence, effort, urgency, urgency));
                            String estimates = reach + " " + impact + " " + confidence + " " + effort + " " + urgency;
                            assertThat(assessment.rice().value()).as(estimates).isFinite().isNotNegative();
                            assertThat(assessment.wsjf().value()).as(estimates).isFinite().isPositive();
                            assertThat(assessment.priority()).as(estimates).isBetween(0.0, 100.0);
                        }
                    }
                }
            }
        }
    }
}
