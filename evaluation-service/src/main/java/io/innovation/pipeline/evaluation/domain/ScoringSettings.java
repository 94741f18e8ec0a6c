package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.contracts.EstimateScales;

/**
 * How scores are combined into the composite priority, and what is assumed for estimates an idea leaves out.
 *
 * <p>The weights are relative: each term gets {@code weight / sum of weights} of the 100 points. RICE and WSJF
 * are unbounded, so each is normalised to 0..1 as {@code value / (value + halfSaturation)}: a score equal to its
 * half-saturation constant earns half of that term's points, and more always earns more, with diminishing returns.
 */
public record ScoringSettings(
        double riceWeight,
        double wsjfWeight,
        double alignmentWeight,
        double riceHalfSaturation,
        double wsjfHalfSaturation,
        Assumptions assumptions,
        double reviewWeight) {

    public static final double DEFAULT_RICE_WEIGHT = 0.4;
    public static final double DEFAULT_WSJF_WEIGHT = 0.3;
    public static final double DEFAULT_ALIGNMENT_WEIGHT = 0.3;
    public static final double DEFAULT_RICE_HALF_SATURATION = 1000;
    public static final double DEFAULT_WSJF_HALF_SATURATION = 5;
    /** The review term's weight; it counts only once an idea version has reviews. */
    public static final double DEFAULT_REVIEW_WEIGHT = 0.2;

    public ScoringSettings {
        requireWeight("riceWeight", riceWeight);
        requireWeight("wsjfWeight", wsjfWeight);
        requireWeight("alignmentWeight", alignmentWeight);
        if (riceWeight + wsjfWeight + alignmentWeight == 0) {
            throw new IllegalArgumentException("at least one of riceWeight, wsjfWeight, alignmentWeight must be above 0");
        }
        requireHalfSaturation("riceHalfSaturation", riceHalfSaturation);
        requireHalfSaturation("wsjfHalfSaturation", wsjfHalfSaturation);
        if (assumptions == null) {
            throw new IllegalArgumentException("assumptions for missing estimates are required");
        }
        requireWeight("reviewWeight", reviewWeight);
    }

    /** With the default review weight. */
    public ScoringSettings(double riceWeight, double wsjfWeight, double alignmentWeight, double riceHalfSaturation,
                           double wsjfHalfSaturation, Assumptions assumptions) {
        this(riceWeight, wsjfWeight, alignmentWeight, riceHalfSaturation, wsjfHalfSaturation, assumptions, DEFAULT_REVIEW_WEIGHT);
    }

    public static ScoringSettings defaults() {
        return new ScoringSettings(DEFAULT_RICE_WEIGHT, DEFAULT_WSJF_WEIGHT, DEFAULT_ALIGNMENT_WEIGHT,
                DEFAULT_RICE_HALF_SATURATION, DEFAULT_WSJF_HALF_SATURATION, Assumptions.defaults());
    }

    public ScoringSettings withWeights(double rice, double wsjf, double alignment) {
        return new ScoringSettings(rice, wsjf, alignment, riceHalfSaturation, wsjfHalfSaturation, assumptions, reviewWeight);
    }

    public ScoringSettings withReviewWeight(double review) {
        return new ScoringSettings(riceWeight, wsjfWeight, alignmentWeight, riceHalfSaturation, wsjfHalfSaturation, assumptions, review);
    }

    public ScoringSettings withHalfSaturation(double rice, double wsjf) {
        return new ScoringSettings(riceWeight, wsjfWeight, alignmentWeight, rice, wsjf, assumptions, reviewWeight);
    }

    public ScoringSettings withAssumptions(Assumptions newAssumptions) {
        return new ScoringSettings(riceWeight, wsjfWeight, alignmentWeight, riceHalfSaturation, wsjfHalfSaturation, newAssumptions, reviewWeight);
    }

    public double totalWeight() {
        return riceWeight + wsjfWeight + alignmentWeight;
    }

    private static void requireWeight(String name, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(name + " must be a finite number of 0 or more, was " + weight);
        }
    }

    private static void requireHalfSaturation(String name, double half) {
        if (!(half > 0) || Double.isInfinite(half)) {
            throw new IllegalArgumentException(name + " must be a finite number above 0, was " + half);
        }
    }

    /**
     * The values scored in place of missing estimates. The defaults are cautious (no reach, minimal impact, a
     * coin-flip confidence, a quarter's effort, lowest urgency), so an idea without estimates scores low, not high.
     */
    public record Assumptions(long reach, double impact, int confidence, double effortWeeks, int timeCriticality, int riskReduction) {

        public Assumptions {
            EstimateScales.requireReach("assumed reach", reach);
            EstimateScales.requireImpact("assumed impact", impact);
            EstimateScales.requireConfidence("assumed confidence", confidence);
            EstimateScales.requireEffortWeeks("assumed effortWeeks", effortWeeks);
            EstimateScales.requireFibonacci("assumed timeCriticality", timeCriticality);
            EstimateScales.requireFibonacci("assumed riskReduction", riskReduction);
        }

        public static Assumptions defaults() {
            return new Assumptions(0, 0.25, 50, 13, 1, 1);
        }
    }
}
