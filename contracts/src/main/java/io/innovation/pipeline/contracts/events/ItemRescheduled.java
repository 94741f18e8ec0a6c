package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/** Event: a scheduled item moved, for example because a higher-priority item took its room. */
public record ItemRescheduled(
        String ideaId,
        String team,
        String title,
        String fromStartPeriod,
        String fromEndPeriod,
        String startPeriod,
        String endPeriod,
        List<PeriodAllocation> allocations,
        double effortWeeks,
        double priority,
        int rank,
        String reason,
        Instant rescheduledAt) {
}
