package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: work on an item started. Keyed by the idea id. It keeps this slot from now on: the periods and weeks it
 * was planned for when it started.
 */
public record ItemStarted(String ideaId, String team, String title, String startPeriod, String endPeriod,
                          List<PeriodAllocation> allocations, List<String> dependsOn, Instant startedAt, String actor) {
}
