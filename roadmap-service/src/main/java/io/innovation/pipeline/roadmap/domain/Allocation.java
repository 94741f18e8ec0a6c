package io.innovation.pipeline.roadmap.domain;

import java.util.Objects;

/** Person-weeks of one roadmap item placed in one period. */
public record Allocation(Period period, double weeks) {

    public Allocation {
        Objects.requireNonNull(period, "period");
        if (!(weeks > 0)) {
            throw new IllegalArgumentException("weeks must be more than 0: " + weeks);
        }
    }
}
