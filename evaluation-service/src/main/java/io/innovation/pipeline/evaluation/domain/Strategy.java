package io.innovation.pipeline.evaluation.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The active strategic themes. A theme id appears at most once, so an idea's theme has one weight. */
public record Strategy(List<StrategyTheme> themes) {

    public Strategy {
        themes = themes == null ? List.of() : List.copyOf(themes);
        Set<String> ids = new HashSet<>();
        for (StrategyTheme theme : themes) {
            if (!ids.add(theme.id())) {
                throw new IllegalArgumentException("theme " + theme.id() + " appears more than once in the strategy");
            }
        }
    }

    public static Strategy of(StrategyTheme... themes) {
        return new Strategy(List.of(themes));
    }

    public Optional<StrategyTheme> theme(String id) {
        return themes.stream().filter(theme -> theme.id().equals(id)).findFirst();
    }
}
