package io.innovation.pipeline.evaluation.domain;

import static io.innovation.pipeline.evaluation.domain.Numbers.format;

import io.innovation.pipeline.contracts.EstimateScales;
import io.innovation.pipeline.contracts.events.BudgetStanding;
import java.math.BigDecimal;
import java.util.List;

/**
 * The same evaluation told to two audiences. Engineers read effort, risk, feasibility from the reviews and
 * dependencies; executives read value, cost against the remaining budget, strategic alignment and the period.
 */
public final class Explanations {

    private Explanations() {
    }

    public static String engineer(Assessment assessment, Reviews reviews, List<String> dependsOn) {
        StringBuilder text = new StringBuilder("Effort ").append(format(assessment.effortWeeks()))
                .append(" person-weeks (WSJF job size ").append(EstimateScales.jobSize(assessment.effortWeeks())).append("). ");
        if (reviews.isEmpty()) {
            text.append("No reviews yet: feasibility and risk are not assessed by a reviewer. ");
        } else {
            text.append("Feasibility ").append(format(reviews.meanFeasibility())).append(" of 5 and risk ")
                    .append(format(reviews.meanRisk())).append(" of 5 (5 is riskiest) from ").append(reviews.count())
                    .append(reviews.count() == 1 ? " review. " : " reviews. ");
        }
        text.append(dependsOn.isEmpty() ? "No dependencies." : "Depends on " + dependsOn.size()
                + (dependsOn.size() == 1 ? " idea: " : " ideas: ") + String.join(", ", dependsOn) + ".");
        return text.toString();
    }

    /**
     * @param budget the standing against the theme's envelope once an approval tried to reserve it, or null before
     * @param period the budget period the idea would be funded from
     */
    public static String executive(Assessment assessment, Reviews reviews, BigDecimal costAmount, String costCurrency,
                                   BudgetStanding budget, String period) {
        StringBuilder text = new StringBuilder("Priority ").append(format(assessment.priority())).append(" of 100");
        if (!reviews.isEmpty()) {
            text.append("; reviewers rate its value ").append(format(reviews.meanValue())).append(" of 5");
        }
        text.append(". ");
        if (costAmount == null) {
            text.append("No cost estimate: nothing to reserve from a budget. ");
        } else if (budget == null) {
            text.append("Cost ").append(costAmount.toPlainString()).append(' ').append(costCurrency)
                    .append(", to be reserved from its primary theme's budget for ").append(period).append(" on approval. ");
        } else if (budget.missing().signum() == 0) {
            text.append("Cost ").append(budget.cost().toPlainString()).append(' ').append(budget.currency())
                    .append(" reserved from ").append(budget.themeId()).append("'s budget for ").append(budget.period())
                    .append(": ").append(budget.remaining().toPlainString()).append(' ').append(budget.currency())
                    .append(" of ").append(budget.envelope().toPlainString()).append(" remain. ");
        } else {
            text.append("Cost ").append(budget.cost().toPlainString()).append(' ').append(costCurrency)
                    .append(" against ").append(budget.remaining().toPlainString()).append(' ').append(budget.currency())
                    .append(" remaining in ").append(budget.themeId()).append("'s budget for ").append(budget.period())
                    .append(": ").append(budget.missing().toPlainString()).append(' ').append(budget.currency()).append(" missing. ");
        }
        ScoreResult alignment = assessment.alignment();
        text.append(alignment.value() > 0
                ? "Strategic alignment " + format(alignment.value()) + " (" + String.join(", ", alignment.inputs().keySet()) + ")."
                : "Not aligned with an active strategic theme.");
        text.append(" Expected period: from ").append(period).append(" at the earliest, once the roadmap schedules it.");
        return text.toString();
    }
}
