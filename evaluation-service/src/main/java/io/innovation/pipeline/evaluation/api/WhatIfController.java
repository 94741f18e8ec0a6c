package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.evaluation.domain.GatePolicy;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation;
import io.innovation.pipeline.evaluation.domain.ScoringSettings;
import io.innovation.pipeline.evaluation.domain.Strategy;
import io.innovation.pipeline.evaluation.domain.StrategyTheme;
import io.innovation.pipeline.evaluation.domain.ThemeAccount;
import io.innovation.pipeline.evaluation.domain.WhatIf;
import io.innovation.pipeline.evaluation.stream.Evaluation;
import io.innovation.pipeline.evaluation.stream.EvaluationRules;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What if the weights or thresholds were different: the open and approved ideas re-ranked. Publishes nothing. */
@RestController
class WhatIfController {
    private final InteractiveQueries queries;
    private final EvaluationRules rules;

    WhatIfController(InteractiveQueries queries, EvaluationRules rules) {
        this.queries = queries;
        this.rules = rules;
    }

    /**
     * Every field is optional; what is left out stays as configured.
     *
     * @param themeWeights theme id → weight 0..1, over the strategy in force
     */
    record Scenario(Double riceWeight, Double wsjfWeight, Double alignmentWeight, Double reviewWeight, Double approveAtOrAbove,
                    Double rejectBelow, Map<String, Double> themeWeights) {
    }

    record Answer(int ideas, int decisionsThatWouldChange, List<WhatIf.Ranked> ranking) {
    }

    @PostMapping("/what-if/scoring")
    Answer scoring(@RequestBody(required = false) Scenario scenario) {
        Scenario given = scenario == null ? new Scenario(null, null, null, null, null, null, null) : scenario;
        ScoringSettings scoring;
        GatePolicy gate;
        Strategy strategy;
        try {
            ScoringSettings configured = rules.scoring();
            scoring = configured.withWeights(or(given.riceWeight(), configured.riceWeight()), or(given.wsjfWeight(), configured.wsjfWeight()),
                            or(given.alignmentWeight(), configured.alignmentWeight()))
                    .withReviewWeight(or(given.reviewWeight(), configured.reviewWeight()));
            gate = rules.gate().withThresholds(or(given.approveAtOrAbove(), rules.gate().approveAtOrAbove()),
                    or(given.rejectBelow(), rules.gate().rejectBelow()));
            strategy = strategy(given.themeWeights() == null ? Map.of() : given.themeWeights());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new Violation("body", e.getMessage())));
        }
        List<Evaluation> evaluations = queries.all(EvaluationTopology.EVALUATIONS_STORE, Evaluation.class).stream()
                .filter(evaluation -> evaluation.state() != null).toList();
        Map<String, String> titles = new HashMap<>();
        evaluations.forEach(evaluation -> titles.put(evaluation.ideaId(), evaluation.title()));
        List<IdeaEvaluation> states = evaluations.stream().map(Evaluation::state).toList();
        List<WhatIf.Ranked> ranking = WhatIf.rank(states, titles, strategy, scoring, gate);
        return new Answer(ranking.size(), (int) ranking.stream().filter(WhatIf.Ranked::decisionChanges).count(), ranking);
    }

    /** The strategy in force (themes on the topic over the seed), with the scenario's theme weights over it. */
    private Strategy strategy(Map<String, Double> themeWeights) {
        Map<String, ThemeAccount> published = new HashMap<>();
        queries.all(EvaluationTopology.THEMES_STORE, ThemeAccount.class).forEach(account -> published.put(account.themeId(), account));
        Strategy inForce = rules.seed().over(published);
        return new Strategy(inForce.themes().stream()
                .map(theme -> new StrategyTheme(theme.id(), theme.name(), themeWeights.getOrDefault(theme.id(), theme.weight())))
                .toList());
    }

    private static double or(Double given, double configured) {
        return given == null ? configured : given;
    }
}
