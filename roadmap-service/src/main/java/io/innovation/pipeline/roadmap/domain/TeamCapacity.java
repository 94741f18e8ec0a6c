package io.innovation.pipeline.roadmap.domain;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Person-weeks a team can spend per period: a default, and overrides for single periods
 * (holidays, hiring). Values are kept to hundredths of a week, rounded down.
 */
public record TeamCapacity(double defaultWeeks, Map<Period, Double> overrides) {

    public TeamCapacity {
        defaultWeeks = normalised("defaultWeeks", defaultWeeks);
        SortedMap<Period, Double> sorted = new TreeMap<>();
        overrides.forEach((period, weeks) -> sorted.put(period, normalised("capacity of " + period, weeks)));
        overrides = Collections.unmodifiableSortedMap(sorted);
    }

    public static TeamCapacity of(double weeksPerPeriod) {
        return new TeamCapacity(weeksPerPeriod, Map.of());
    }

    /** The same capacity with {@code weeks} in {@code period}. */
    public TeamCapacity with(Period period, double weeks) {
        Map<Period, Double> changed = new TreeMap<>(overrides);
        changed.put(period, weeks);
        return new TeamCapacity(defaultWeeks, changed);
    }

    public double weeksIn(Period period) {
        return overrides.getOrDefault(period, defaultWeeks);
    }

    private static double normalised(String what, Double weeks) {
        if (weeks == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        Weeks.requireValid(what, weeks);
        return Weeks.fromHundredths(Weeks.capacityInHundredths(weeks));
    }
}
