package io.innovation.pipeline.evaluation.domain;

import java.util.List;

/** Idea facts for tests: {@link #withEstimates} leaves out cost, which scoring does not use. */
final class Ideas {
    static final Strategy STRATEGY = Strategy.of(
            new StrategyTheme("customer-experience", "Customer experience", 1.0),
            new StrategyTheme("cost-efficiency", "Cost efficiency", 0.8),
            new StrategyTheme("platform-reliability", "Platform reliability", 0.6));

    private Ideas() {
    }

    static IdeaFacts withEstimates(Long reach, Double impact, Integer confidence, Double effortWeeks,
            Integer timeCriticality, Integer riskReduction, String... themes) {
        return new IdeaFacts("idea-1", "An idea", "team-a", List.of(themes), reach, impact, confidence, effortWeeks,
                null, null, timeCriticality, riskReduction);
    }

    static IdeaFacts withThemes(String... themes) {
        return withEstimates(1000L, 1.0, 50, 4.33, 3, 2, themes);
    }

    static IdeaFacts withoutEstimates() {
        return withEstimates(null, null, null, null, null, null);
    }

    static Assessment assess(IdeaFacts idea) {
        return Scorer.assess(idea, STRATEGY, ScoringSettings.defaults());
    }
}
