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
        Instant rescheduledAt,
        String actor,
        List<String> dependsOn) {

    /** Without an actor (events written before they carried one, and writers that name none): roadmap-service. */
    public ItemRescheduled(String ideaId, String team, String title, String fromStartPeriod, String fromEndPeriod, String startPeriod, String endPeriod, List<PeriodAllocation> allocations, double effortWeeks, double priority, int rank, String reason, Instant rescheduledAt) {
        this(ideaId, team, title, fromStartPeriod, fromEndPeriod, startPeriod, endPeriod, allocations, effortWeeks, priority, rank, reason, rescheduledAt, "roadmap-service", null);
    }

    /** Without dependencies (events written before they carried them): unknown. */
    public ItemRescheduled(String ideaId, String team, String title, String fromStartPeriod, String fromEndPeriod, String startPeriod, String endPeriod, List<PeriodAllocation> allocations, double effortWeeks, double priority, int rank, String reason, Instant rescheduledAt, String actor) {
        this(ideaId, team, title, fromStartPeriod, fromEndPeriod, startPeriod, endPeriod, allocations, effortWeeks, priority, rank, reason, rescheduledAt, actor, null);
    }
}
