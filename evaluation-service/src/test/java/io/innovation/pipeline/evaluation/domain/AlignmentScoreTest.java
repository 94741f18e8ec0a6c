package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class AlignmentScoreTest {

    @Test
    void aThemeInTheStrategyScoresItsWeight() {
        ScoreResult alignment = Ideas.assess(Ideas.withThemes("cost-efficiency")).alignment();

        assertThat(alignment.name()).isEqualTo("alignment");
        assertThat(alignment.value()).isEqualTo(0.8);
        assertThat(alignment.inputs()).containsExactly(entry("cost-efficiency", 0.8));
        assertThat(alignment.explanation()).isEqualTo("Alignment 0.8 is the highest weight among the idea's themes"
                + " in the active strategy: Cost efficiency (weight 0.8).");
    }

    @Test
    void severalThemesScoreTheHighestWeightNotTheSum() {
        ScoreResult alignment = Ideas.assess(Ideas.withThemes("platform-reliability", "cost-efficiency")).alignment();

        assertThat(alignment.value()).isEqualTo(0.8);
        assertThat(alignment.inputs()).containsExactly(entry("platform-reliability", 0.6), entry("cost-efficiency", 0.8));
        assertThat(alignment.explanation()).endsWith("Platform reliability (weight 0.6), Cost efficiency (weight 0.8).");
    }

    @Test
    void themesOutsideTheStrategyAreNamedButDoNotCount() {
        ScoreResult alignment = Ideas.assess(Ideas.withThemes("moonshots", "platform-reliability", "growth")).alignment();

        assertThat(alignment.value()).isEqualTo(0.6);
        assertThat(alignment.inputs()).containsOnlyKeys("platform-reliability");
        assertThat(alignment.explanation()).isEqualTo("Alignment 0.6 is the highest weight among the idea's themes"
                + " in the active strategy: Platform reliability (weight 0.6); not in the active strategy: moonshots, growth.");
    }

    @Test
    void onlyUnknownThemesScoreZero() {
        ScoreResult alignment = Ideas.assess(Ideas.withThemes("moonshots", "growth")).alignment();

        assertThat(alignment.value()).isZero();
        assertThat(alignment.inputs()).isEmpty();
        assertThat(alignment.explanation())
                .isEqualTo("Alignment 0: none of the idea's themes (moonshots, growth) is in the active strategy.");
    }

    @Test
    void noThemesScoreZero() {
        ScoreResult alignment = Ideas.assess(Ideas.withThemes()).alignment();

        assertThat(alignment.value()).isZero();
        assertThat(alignment.explanation()).isEqualTo("Alignment 0: the idea names no strategic theme.");
    }

    @Test
    void anEmptyStrategyAlignsNothing() {
        Assessment assessment = Scorer.assess(Ideas.withThemes("customer-experience"), Strategy.of(), ScoringSettings.defaults());

        assertThat(assessment.alignment().value()).isZero();
    }

    @Test
    void aThemeNamedTwiceIsListedOnce() {
        ScoreResult alignment = Ideas.assess(Ideas.withThemes("customer-experience", "customer-experience")).alignment();

        assertThat(alignment.value()).isEqualTo(1.0);
        assertThat(alignment.explanation()).endsWith("strategy: Customer experience (weight 1).");
    }
}
