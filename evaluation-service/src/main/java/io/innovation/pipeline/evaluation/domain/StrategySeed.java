package io.innovation.pipeline.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured strategy: the seed of an empty strategy topic. A seeded theme starts with an envelope of
 * {@code quarterlyBudget} for the quarter it is first used in and the {@code seededPeriods − 1} quarters after it, so
 * a fresh system approves and schedules ideas without a setup step. Once a theme is on the topic, the topic wins.
 */
public record StrategySeed(List<Theme> themes, int seededPeriods) {

    /** @param quarterlyBudget null for a theme seeded without envelopes */
    public record Theme(String id, String name, String description, double weight, BigDecimal quarterlyBudget, String currency) {
    }

    public StrategySeed {
        themes = themes == null ? List.of() : List.copyOf(themes);
        new Strategy(themes.stream().map(t -> new StrategyTheme(t.id(), t.name(), t.weight())).toList()); // same rules
        if (seededPeriods < 0) {
            throw new IllegalArgumentException("seededPeriods must be 0 or more, was " + seededPeriods);
        }
    }

    public Strategy strategy() {
        return new Strategy(themes.stream().map(t -> new StrategyTheme(t.id(), t.name(), t.weight())).toList());
    }

    /** The seeded account of {@code themeId}, first used at {@code at}, if the seed has that theme. */
    public Optional<ThemeAccount> account(String themeId, Instant at) {
        return themes.stream().filter(theme -> theme.id().equals(themeId)).findFirst().map(theme -> {
            ThemeAccount account = ThemeAccount.define(theme.id(), theme.name(), theme.description(), theme.weight(), true);
            if (theme.quarterlyBudget() == null) {
                return account;
            }
            String first = Periods.quarterOf(at);
            for (int i = 0; i < seededPeriods; i++) {
                account = ((ThemeAccount.Result.Done<ThemeAccount>) account.withEnvelope(Periods.plus(first, i),
                        theme.quarterlyBudget(), theme.currency())).value();
            }
            return account;
        });
    }

    /**
     * The strategy in force: the themes on the strategy topic ({@code published}, active ones only) over the seed's
     * themes that are not on it yet.
     */
    public Strategy over(Map<String, ThemeAccount> published) {
        Map<String, StrategyTheme> themesById = new HashMap<>();
        themes.forEach(theme -> themesById.put(theme.id(), new StrategyTheme(theme.id(), theme.name(), theme.weight())));
        published.values().forEach(account -> {
            if (account.active()) {
                themesById.put(account.themeId(), account.asStrategyTheme());
            } else {
                themesById.remove(account.themeId());
            }
        });
        return new Strategy(themesById.values().stream().sorted(java.util.Comparator.comparing(StrategyTheme::id)).toList());
    }
}
