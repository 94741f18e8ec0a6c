package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: a planner set a team's capacity for one period. On {@code innovation.roadmap.v1}, keyed by the team id.
 *
 * @param previousWeeks the capacity the period had before (the configured default if it was never set)
 */
public record CapacitySet(String team, String period, double weeks, double previousWeeks, Instant setAt, String actor) {
}
