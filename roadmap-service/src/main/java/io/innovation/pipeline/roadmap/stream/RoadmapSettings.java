package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.roadmap.domain.PlanningRules;
import java.time.Duration;
import java.util.Objects;

/**
 * How roadmap-service plans.
 *
 * @param planning       horizon and configured capacity
 * @param replanInterval how often a team whose inputs changed is re-planned: all changes of a team within one
 *                       interval are planned together, once (planner commands re-plan at once)
 */
public record RoadmapSettings(PlanningRules planning, Duration replanInterval) {

    public RoadmapSettings {
        Objects.requireNonNull(planning, "planning");
        if (replanInterval == null || replanInterval.isNegative() || replanInterval.isZero()) {
            throw new IllegalArgumentException("replanInterval must be positive: " + replanInterval);
        }
    }
}
