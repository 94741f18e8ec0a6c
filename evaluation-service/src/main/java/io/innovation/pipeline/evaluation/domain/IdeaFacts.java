package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.contracts.EstimateScales;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What scoring needs to know of an idea. Estimates are nullable: a missing estimate is scored with the
 * assumption configured in {@link ScoringSettings.Assumptions}, and the explanation says so.
 *
 * @param reach users affected per quarter
 * @param impact one of 0.25, 0.5, 1, 2, 3
 * @param confidence percent, 0..100
 * @param effortWeeks person-weeks, more than 0
 * @param costAmount with {@code costCurrency}; not used by scoring, carried for the gate and budget
 * @param timeCriticality one of 1, 2, 3, 5, 8, 13, 20
 * @param riskReduction one of 1, 2, 3, 5, 8, 13, 20
 */
public record IdeaFacts(
        String ideaId,
        String title,
        String team,
        List<String> themes,
        Long reach,
        Double impact,
        Integer confidence,
        Double effortWeeks,
        BigDecimal costAmount,
        String costCurrency,
        Integer timeCriticality,
        Integer riskReduction) {

    public IdeaFacts {
        Objects.requireNonNull(ideaId, "ideaId is required");
        themes = themes == null ? List.of() : List.copyOf(themes);
        if (reach != null) {
            EstimateScales.requireReach("reach", reach);
        }
        if (impact != null) {
            EstimateScales.requireImpact("impact", impact);
        }
        if (confidence != null) {
            EstimateScales.requireConfidence("confidence", confidence);
        }
        if (effortWeeks != null) {
            EstimateScales.requireEffortWeeks("effortWeeks", effortWeeks);
        }
        if (costAmount != null && (costAmount.signum() < 0 || costCurrency == null)) {
            throw new IllegalArgumentException("costAmount must be zero or more and come with a costCurrency, was "
                    + costAmount + " " + costCurrency);
        }
        if (timeCriticality != null) {
            EstimateScales.requireFibonacci("timeCriticality", timeCriticality);
        }
        if (riskReduction != null) {
            EstimateScales.requireFibonacci("riskReduction", riskReduction);
        }
    }
}
