package io.innovation.pipeline.evaluation.config;

import io.innovation.pipeline.evaluation.domain.GatePolicy;
import io.innovation.pipeline.evaluation.domain.ScoringSettings;
import io.innovation.pipeline.evaluation.domain.StrategySeed;
import io.innovation.pipeline.evaluation.stream.EvaluationRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.evaluation.*}: the strategy's seed, the scoring weights and the gate.
 *
 * @param themes the seed of the strategy topic: themes with their weights (0..1) and quarterly budgets
 * @param seededPeriods how many quarters a seeded theme gets an envelope for, from the quarter it is first used in
 * @param scoring weights of RICE, WSJF, alignment and reviews in the composite priority, and the half-saturation constants
 * @param gate approve at or above, reject below (composite priority 0..100); the cost from which reviews are needed;
 *             how many reviews
 * @param rescoreInterval how often each task checks whether the strategy changed and re-scores its open ideas
 */
@ConfigurationProperties("innovation.evaluation")
public record EvaluationProperties(List<Theme> themes, @DefaultValue("2") int seededPeriods, @DefaultValue Scoring scoring,
                                   @DefaultValue Gate gate, @DefaultValue("5s") Duration rescoreInterval) {

    /** @param quarterlyBudget the envelope per quarter a seeded theme starts with; none when absent */
    public record Theme(String id, String name, String description, double weight, BigDecimal quarterlyBudget,
                        @DefaultValue("EUR") String currency) {
    }

    public record Scoring(
            @DefaultValue("" + ScoringSettings.DEFAULT_RICE_WEIGHT) double riceWeight,
            @DefaultValue("" + ScoringSettings.DEFAULT_WSJF_WEIGHT) double wsjfWeight,
            @DefaultValue("" + ScoringSettings.DEFAULT_ALIGNMENT_WEIGHT) double alignmentWeight,
            @DefaultValue("" + ScoringSettings.DEFAULT_REVIEW_WEIGHT) double reviewWeight,
            @DefaultValue("" + ScoringSettings.DEFAULT_RICE_HALF_SATURATION) double riceHalfSaturation,
            @DefaultValue("" + ScoringSettings.DEFAULT_WSJF_HALF_SATURATION) double wsjfHalfSaturation) {
    }

    /** @param reviewCostThreshold null: cost alone never asks for reviews */
    public record Gate(
            @DefaultValue("" + GatePolicy.DEFAULT_APPROVE_AT_OR_ABOVE) double approveAtOrAbove,
            @DefaultValue("" + GatePolicy.DEFAULT_REJECT_BELOW) double rejectBelow,
            BigDecimal reviewCostThreshold,
            @DefaultValue("EUR") String thresholdCurrency,
            @DefaultValue("" + GatePolicy.DEFAULT_REQUIRED_REVIEWS) int requiredReviews) {
    }

    /** The domain rules; invalid values fail start-up with the domain's message. */
    public EvaluationRules toRules() {
        StrategySeed seed = new StrategySeed(themes == null ? List.of() : themes.stream()
                .map(t -> new StrategySeed.Theme(t.id(), t.name(), t.description(), t.weight(), t.quarterlyBudget(), t.currency()))
                .toList(), seededPeriods);
        ScoringSettings settings = ScoringSettings.defaults()
                .withWeights(scoring.riceWeight(), scoring.wsjfWeight(), scoring.alignmentWeight())
                .withReviewWeight(scoring.reviewWeight())
                .withHalfSaturation(scoring.riceHalfSaturation(), scoring.wsjfHalfSaturation());
        GatePolicy policy = new GatePolicy(gate.approveAtOrAbove(), gate.rejectBelow(), gate.reviewCostThreshold(),
                gate.thresholdCurrency(), gate.requiredReviews());
        return new EvaluationRules(seed, settings, policy, rescoreInterval);
    }
}
