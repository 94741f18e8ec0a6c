package io.innovation.pipeline.roadmap.domain;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Person-weeks a team can spend per quarter: a default, and overrides for single quarters
 * (holidays, hiring). Values are kept to hundredths of a week, rounded down.
 */
public record TeamCapacity(double defaultWeeks, Map<Quarter, Double> overrides) {

    public TeamCapacity {
        defaultWeeks = normalised("defaultWeeks", defaultWeeks);
        SortedMap<Quarter, Double> sorted = new TreeMap<>();
        overrides.forEach((quarter, weeks) -> sorted.put(quarter, normalised("capacity of " + quarter, weeks)));
        overrides = Collections.unmodifiableSortedMap(sorted);
    }

    public static TeamCapacity of(double weeksPerQuarter) {
        return new TeamCapacity(weeksPerQuarter, Map.of());
    }

    /** The same capacity with {@code weeks} in {@code quarter}. */
    public TeamCapacity with(Quarter quarter, double weeks) {
        Map<Quarter, Double> changed = new TreeMap<>(overrides);
        changed.put(quarter, weeks);
        return new TeamCapacity(defaultWeeks, changed);
    }

    public double weeksIn(Quarter quarter) {
        return overrides.getOrDefault(quarter, defaultWeeks);
    }

    private static double normalised(String what, Double weeks) {
        if (weeks == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        Weeks.requireValid(what, weeks);
        return Weeks.fromHundredths(Weeks.capacityInHundredths(weeks));
    }
}
