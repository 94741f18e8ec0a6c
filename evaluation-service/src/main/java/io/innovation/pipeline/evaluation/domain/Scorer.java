package io.innovation.pipeline.evaluation.domain;

import static io.innovation.pipeline.evaluation.domain.Numbers.format;
import static java.util.stream.Collectors.joining;

import io.innovation.pipeline.contracts.EstimateScales;
import io.innovation.pipeline.evaluation.domain.ScoringSettings.Assumptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Scores an idea by RICE, WSJF and strategic alignment and combines the three into a composite priority of 0..100.
 * Every score carries its inputs and a sentence with the actual numbers, so a reader can follow each step.
 */
public final class Scorer {
    /** Intercom's RICE counts effort in person-months; a month is 4.33 weeks. */
    static final double WEEKS_PER_MONTH = 4.33;
    /** The name of the review term. */
    public static final String REVIEWS = "reviews";

    private Scorer() {
    }

    public static Assessment assess(IdeaFacts idea, Strategy strategy, ScoringSettings settings) {
        return assess(idea, strategy, settings, Reviews.none(0));
    }

    /**
     * With the reviews of the idea's current version: once there is at least one, a fourth term counts them at
     * {@link ScoringSettings#reviewWeight()}; without reviews the three estimate terms share the 100 points as before,
     * so an unreviewed idea is neither helped nor held back by the reviews it has not had.
     */
    public static Assessment assess(IdeaFacts idea, Strategy strategy, ScoringSettings settings, Reviews reviews) {
        Assumptions assumed = settings.assumptions();
        Estimate reach = Estimate.of("reach", idea.reach(), assumed.reach(), "");
        Estimate impact = Estimate.of("impact", idea.impact(), assumed.impact(), "");
        Estimate confidence = Estimate.of("confidence", idea.confidence(), assumed.confidence(), " %");
        Estimate effort = Estimate.of("effort", idea.effortWeeks(), assumed.effortWeeks(), " person-weeks");
        Estimate timeCriticality = Estimate.of("time criticality", idea.timeCriticality(), assumed.timeCriticality(), "");
        Estimate riskReduction = Estimate.of("risk reduction", idea.riskReduction(), assumed.riskReduction(), "");

        ScoreResult rice = rice(reach, impact, confidence, effort);
        ScoreResult wsjf = wsjf(impact, timeCriticality, riskReduction, effort);
        ScoreResult alignment = alignment(idea.themes(), strategy);

        boolean reviewed = !reviews.isEmpty();
        double totalWeight = settings.totalWeight() + (reviewed ? settings.reviewWeight() : 0);
        List<PriorityTerm> terms = new ArrayList<>(List.of(
                saturatingTerm("RICE", rice, settings.riceHalfSaturation(), settings.riceWeight(), totalWeight),
                saturatingTerm("WSJF", wsjf, settings.wsjfHalfSaturation(), settings.wsjfWeight(), totalWeight),
                term(alignment.name(), alignment.value(), settings.alignmentWeight(), totalWeight,
                        "Alignment " + format(alignment.value()) + " is already on 0..1")));
        if (reviewed) {
            terms.add(term(REVIEWS, reviews.normalized(), settings.reviewWeight(), totalWeight, reviewsNormalised(reviews)));
        }
        // Rounded again only to drop binary noise: as doubles, 12.41 + 8.57 + 18 is 38.980000000000004.
        double sum = Numbers.round2(terms.stream().mapToDouble(PriorityTerm::contribution).sum());
        // Contributions are rounded one by one, so in rare cases they add up to a hundredth over 100: the scale ends there.
        double priority = Math.min(100, sum);
        return new Assessment(rice, wsjf, alignment, priority, terms, effort.value());
    }

    /** Maps [0, ∞) onto [0, 1): a value equal to {@code halfSaturation} gives 0.5. */
    static double normalise(double value, double halfSaturation) {
        return value / (value + halfSaturation);
    }

    private static ScoreResult rice(Estimate reach, Estimate impact, Estimate confidence, Estimate effort) {
        double effortMonths = effort.value() / WEEKS_PER_MONTH;
        double value = Numbers.round2(reach.value() * impact.value() * (confidence.value() / 100) / effortMonths);
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("reach", reach.value());
        inputs.put("impact", impact.value());
        inputs.put("confidencePercent", confidence.value());
        inputs.put("effortWeeks", effort.value());
        inputs.put("effortMonths", effortMonths);
        String explanation = "RICE " + format(value) + " = reach " + reach.formatted() + " × impact " + impact.formatted()
                + " × confidence " + confidence.formatted() + " ÷ effort " + format(effortMonths) + " person-months ("
                + effort.formatted() + " ÷ " + format(WEEKS_PER_MONTH) + ")"
                + assumptionNotes(reach, impact, confidence, effort) + ".";
        return new ScoreResult("rice", value, inputs,
                "reach × impact × (confidencePercent ÷ 100) ÷ (effortWeeks ÷ 4.33)", explanation);
    }

    private static ScoreResult wsjf(Estimate impact, Estimate timeCriticality, Estimate riskReduction, Estimate effort) {
        int businessValue = EstimateScales.userBusinessValue(impact.value());
        int jobSize = EstimateScales.jobSize(effort.value());
        double value = Numbers.round2((businessValue + timeCriticality.value() + riskReduction.value()) / jobSize);
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("impact", impact.value());
        inputs.put("userBusinessValue", (double) businessValue);
        inputs.put("timeCriticality", timeCriticality.value());
        inputs.put("riskReduction", riskReduction.value());
        inputs.put("effortWeeks", effort.value());
        inputs.put("jobSize", (double) jobSize);
        String explanation = "WSJF " + format(value) + " = (user-business value " + businessValue + " for impact "
                + impact.formatted() + " + time criticality " + timeCriticality.formatted() + " + risk reduction "
                + riskReduction.formatted() + ") ÷ job size " + jobSize + " for " + effort.formatted()
                + assumptionNotes(impact, timeCriticality, riskReduction, effort) + ".";
        return new ScoreResult("wsjf", value, inputs,
                "(userBusinessValue + timeCriticality + riskReduction) ÷ jobSize", explanation);
    }

    /**
     * The highest weight among the idea's themes in the active strategy. Not a sum or a mean: naming more themes
     * should neither inflate an idea's alignment nor dilute it.
     */
    private static ScoreResult alignment(List<String> ideaThemes, Strategy strategy) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        List<String> active = new ArrayList<>();
        List<String> notInStrategy = new ArrayList<>();
        for (String themeId : new LinkedHashSet<>(ideaThemes)) {
            strategy.theme(themeId).ifPresentOrElse(theme -> {
                inputs.put(theme.id(), theme.weight());
                active.add(theme.name() + " (weight " + format(theme.weight()) + ")");
            }, () -> notInStrategy.add(themeId));
        }
        double value = inputs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        String explanation;
        if (ideaThemes.isEmpty()) {
            explanation = "Alignment 0: the idea names no strategic theme.";
        } else if (active.isEmpty()) {
            explanation = "Alignment 0: none of the idea's themes (" + String.join(", ", notInStrategy)
                    + ") is in the active strategy.";
        } else {
            explanation = "Alignment " + format(value) + " is the highest weight among the idea's themes in the active strategy: "
                    + String.join(", ", active)
                    + (notInStrategy.isEmpty() ? "" : "; not in the active strategy: " + String.join(", ", notInStrategy)) + ".";
        }
        return new ScoreResult("alignment", value, inputs,
                "highest weight of the idea's themes in the active strategy, 0 if none", explanation);
    }

    private static PriorityTerm saturatingTerm(String label, ScoreResult score, double halfSaturation,
            double weight, double totalWeight) {
        double normalized = normalise(score.value(), halfSaturation);
        String value = format(score.value());
        return term(score.name(), normalized, weight, totalWeight, label + " " + value + " normalises to "
                + format(normalized, 3) + " (" + value + " ÷ (" + value + " + " + format(halfSaturation) + "))");
    }

    private static PriorityTerm term(String score, double normalized, double weight, double totalWeight, String howNormalised) {
        double contribution = Numbers.round2(100 * weight * normalized / totalWeight);
        return new PriorityTerm(score, normalized, weight, contribution, howNormalised + "; at weight " + format(weight)
                + " of " + format(totalWeight) + " it contributes " + format(contribution) + " of 100 points.");
    }

    private static String reviewsNormalised(Reviews reviews) {
        int count = reviews.count();
        return count + (count == 1 ? " review" : " reviews") + " (feasibility " + format(reviews.meanFeasibility())
                + ", value " + format(reviews.meanValue()) + ", risk " + format(reviews.meanRisk())
                + " on 1..5, risk counted inversely) normalise to " + format(reviews.normalized(), 3)
                + " ((feasibility − 1 + value − 1 + 5 − risk) ÷ 12, averaged)";
    }

    private static String assumptionNotes(Estimate... estimates) {
        String notes = Arrays.stream(estimates).filter(Estimate::assumed)
                .map(estimate -> estimate.label() + " not given: assumed " + estimate.formatted())
                .collect(joining(", "));
        return notes.isEmpty() ? "" : "; " + notes;
    }

    /** An estimate as scored: the idea's own value, or the configured assumption when the idea leaves it out. */
    private record Estimate(String label, double value, boolean assumed, String unit) {
        static Estimate of(String label, Number given, double assumption, String unit) {
            return given == null
                    ? new Estimate(label, assumption, true, unit)
                    : new Estimate(label, given.doubleValue(), false, unit);
        }

        String formatted() {
            return format(value) + unit;
        }
    }
}
