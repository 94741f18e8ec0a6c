package io.innovation.pipeline.evaluation.domain;

/** One theme of the active strategy; {@code weight} (0..1) says how much an idea on this theme counts. */
public record StrategyTheme(String id, String name, double weight) {

    public StrategyTheme {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a strategy theme needs an id");
        }
        if (name == null || name.isBlank()) {
            name = id;
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight of theme " + id + " must be from 0 to 1, was " + weight);
        }
    }
}
