package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaFactsAndStrategyTest {

    @Test
    void estimatesOffTheirScaleAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ideas.withEstimates(-1L, null, null, null, null, null))
                .withMessage("reach must be zero or more users per quarter, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Ideas.withEstimates(null, 1.5, null, null, null, null))
                .withMessage("impact must be one of 0.25, 0.5, 1, 2, 3, was 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> Ideas.withEstimates(null, null, -1, null, null, null))
                .withMessage("confidence must be a percentage from 0 to 100, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Ideas.withEstimates(null, null, null, 0.0, null, null))
                .withMessage("effortWeeks must be more than 0 and at most 520 person-weeks, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> Ideas.withEstimates(null, null, null, null, 7, null))
                .withMessage("timeCriticality must be one of 1, 2, 3, 5, 8, 13, 20, was 7");
        assertThatIllegalArgumentException().isThrownBy(() -> Ideas.withEstimates(null, null, null, null, null, 0))
                .withMessage("riskReduction must be one of 1, 2, 3, 5, 8, 13, 20, was 0");
    }

    @Test
    void aCostNeedsACurrencyAndCannotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> withCost(new BigDecimal("30000"), null))
                .withMessage("costAmount must be zero or more and come with a costCurrency, was 30000 null");
        assertThatIllegalArgumentException().isThrownBy(() -> withCost(new BigDecimal("-1"), "EUR"))
                .withMessageStartingWith("costAmount must be zero or more");
        assertThat(withCost(new BigDecimal("30000"), "EUR").costAmount()).isEqualByComparingTo("30000");
    }

    @Test
    void anIdeaNeedsAnIdAndThemesDefaultToNone() {
        assertThatNullPointerException().isThrownBy(() -> new IdeaFacts(null, "t", "team", List.of(),
                null, null, null, null, null, null, null, null)).withMessage("ideaId is required");
        assertThat(new IdeaFacts("i", "t", "team", null, null, null, null, null, null, null, null, null).themes()).isEmpty();
    }

    @Test
    void strategyThemesAreUniqueAndWeighedFromZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> Strategy.of(
                        new StrategyTheme("growth", "Growth", 0.5), new StrategyTheme("growth", "Growth again", 0.7)))
                .withMessage("theme growth appears more than once in the strategy");
        assertThatIllegalArgumentException().isThrownBy(() -> new StrategyTheme("growth", "Growth", 1.1))
                .withMessage("weight of theme growth must be from 0 to 1, was 1.1");
        assertThatIllegalArgumentException().isThrownBy(() -> new StrategyTheme(" ", "Blank", 0.5))
                .withMessage("a strategy theme needs an id");
    }

    @Test
    void aThemeWithoutANameIsCalledByItsId() {
        assertThat(new StrategyTheme("growth", null, 0.5).name()).isEqualTo("growth");
        assertThat(Ideas.STRATEGY.theme("cost-efficiency")).map(StrategyTheme::weight).contains(0.8);
        assertThat(Ideas.STRATEGY.theme("moonshots")).isEmpty();
    }

    static IdeaFacts withCost(BigDecimal amount, String currency) {
        return new IdeaFacts("i", "t", "team", List.of(), null, null, null, null, amount, currency, null, null);
    }
}
