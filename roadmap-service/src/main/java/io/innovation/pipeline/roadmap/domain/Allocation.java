package io.innovation.pipeline.roadmap.domain;

import java.util.Objects;

/** Person-weeks of one roadmap item placed in one quarter. */
public record Allocation(Quarter quarter, double weeks) {

    public Allocation {
        Objects.requireNonNull(quarter, "quarter");
        if (!(weeks > 0)) {
            throw new IllegalArgumentException("weeks must be more than 0: " + weeks);
        }
    }
}
