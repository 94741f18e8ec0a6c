package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CompositePriorityTest {
    /** RICE 500, WSJF (5 + 3 + 2) ÷ 5 = 2, alignment 0.5 (a theme of that weight). */
    static final Strategy HALF_WEIGHT = Strategy.of(new StrategyTheme("half", "Half", 0.5));
    static final IdeaFacts IDEA = Ideas.withEstimates(1000L, 1.0, 50, 4.33, 3, 2, "half");

    @Test
    void normalisingGivesHalfThePointsAtTheHalfSaturationConstant() {
        assertThat(Scorer.normalise(0, 1000)).isZero();
        assertThat(Scorer.normalise(1000, 1000)).isEqualTo(0.5);
        assertThat(Scorer.normalise(3000, 1000)).isEqualTo(0.75);
        assertThat(Scorer.normalise(5, 5)).isEqualTo(0.5);
        assertThat(Scorer.normalise(1e12, 5)).isLessThan(1);
    }

    @Test
    void defaultWeightsGiveFortyThirtyThirtyPoints() {
        Assessment assessment = Scorer.assess(IDEA, HALF_WEIGHT, ScoringSettings.defaults());

        // RICE 500 ÷ 1500 = 1/3 → 40 ÷ 3 = 13.33; WSJF 2 ÷ 7 → 30 × 2 ÷ 7 = 8.57; alignment 0.5 → 15
        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::score).containsExactly("rice", "wsjf", "alignment");
        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::weight).containsExactly(0.4, 0.3, 0.3);
        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::contribution).containsExactly(13.33, 8.57, 15.0);
        assertThat(assessment.priorityTerms().get(0).normalized()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(assessment.priorityTerms().get(1).normalized()).isCloseTo(2 / 7.0, within(1e-12));
        assertThat(assessment.priorityTerms().get(2).normalized()).isEqualTo(0.5);
        assertThat(assessment.priority()).isEqualTo(36.9);
    }

    @Test
    void weightsAreSharesOfTheirSum() {
        ScoringSettings settings = ScoringSettings.defaults().withWeights(2, 1, 1);

        Assessment assessment = Scorer.assess(IDEA, HALF_WEIGHT, settings);

        // 100 × 2 × 1/3 ÷ 4 = 16.67; 100 × 1 × 2/7 ÷ 4 = 7.14; 100 × 1 × 0.5 ÷ 4 = 12.5
        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::contribution).containsExactly(16.67, 7.14, 12.5);
        assertThat(assessment.priority()).isEqualTo(36.31);
    }

    @Test
    void aZeroWeightTermContributesNothing() {
        Assessment assessment = Scorer.assess(IDEA, HALF_WEIGHT, ScoringSettings.defaults().withWeights(0, 0, 1));

        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::contribution).containsExactly(0.0, 0.0, 50.0);
        assertThat(assessment.priority()).isEqualTo(50.0);
    }

    @Test
    void halfSaturationConstantsAreConfigurable() {
        Assessment assessment = Scorer.assess(IDEA, HALF_WEIGHT, ScoringSettings.defaults().withHalfSaturation(500, 2));

        // RICE 500 ÷ 1000 → 20; WSJF 2 ÷ 4 → 15
        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::contribution).containsExactly(20.0, 15.0, 15.0);
    }

    @Test
    void contributionsAddUpToThePriority() {
        Assessment assessment = Ideas.assess(Ideas.withEstimates(5000L, 2.0, 80, 6.0, 8, 5, "customer-experience"));

        // RICE 5773.33 ÷ 6773.33 × 40 = 34.09; WSJF 5.2 ÷ 10.2 × 30 = 15.29; alignment 1 × 30 = 30
        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::contribution).containsExactly(34.09, 15.29, 30.0);
        assertThat(assessment.priority()).isEqualTo(79.38);
    }

    @Test
    void priorityIsTheSumToTheCent() {
        Assessment assessment = Ideas.assess(Ideas.withEstimates(900L, 1.0, 50, 4.33, 3, 2, "platform-reliability"));

        // RICE 450 ÷ 1450 × 40 = 12.41; WSJF 8.57; alignment 0.6 → 18. Added as doubles they give 38.980000000000004.
        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::contribution).containsExactly(12.41, 8.57, 18.0);
        assertThat(assessment.priority()).isEqualTo(38.98);
    }

    @Test
    void eachTermExplainsItsArithmetic() {
        Assessment assessment = Scorer.assess(IDEA, HALF_WEIGHT, ScoringSettings.defaults());

        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::explanation).containsExactly(
                "RICE 500 normalises to 0.333 (500 ÷ (500 + 1000)); at weight 0.4 of 1 it contributes 13.33 of 100 points.",
                "WSJF 2 normalises to 0.286 (2 ÷ (2 + 5)); at weight 0.3 of 1 it contributes 8.57 of 100 points.",
                "Alignment 0.5 is already on 0..1; at weight 0.3 of 1 it contributes 15 of 100 points.");
    }

    @Test
    void priorityStaysWithinZeroToHundred() {
        Assessment nothing = Ideas.assess(Ideas.withEstimates(0L, 0.25, 0, 520.0, 1, 1));
        Assessment everything = Ideas.assess(Ideas.withEstimates(Long.MAX_VALUE, 3.0, 100, 0.01, 20, 20, "customer-experience"));

        // Nothing reached, but WSJF is never 0: (1 + 1 + 1) ÷ 20 = 0.15 → 30 × 0.15 ÷ 5.15 = 0.87
        assertThat(nothing.priority()).isEqualTo(0.87);
        // RICE normalises to just under 1 → 40; WSJF's maximum 60 → 30 × 60 ÷ 65 = 27.69; alignment 1 → 30
        assertThat(everything.priority()).isEqualTo(97.69);
    }

    @Test
    void roundingUpEveryTermStopsAtHundred() {
        // Each weight is a share with a third decimal of 5 or more, so each contribution rounds up; unrounded they sum to 100.
        ScoringSettings settings = ScoringSettings.defaults().withWeights(33.336, 33.337, 33.327).withHalfSaturation(1e-9, 1e-9);
        IdeaFacts idea = Ideas.withEstimates(Long.MAX_VALUE, 3.0, 100, 1.0, 20, 20, "customer-experience");

        Assessment assessment = Scorer.assess(idea, Ideas.STRATEGY, settings);

        assertThat(assessment.priorityTerms()).extracting(PriorityTerm::contribution).containsExactly(33.34, 33.34, 33.33);
        assertThat(assessment.priority()).isEqualTo(100.0);
    }
}
