package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/** Event: an approved idea got a place on its team's roadmap for the first time (or again after a backlog). */
public record ItemScheduled(
        String ideaId,
        String team,
        String title,
        String startPeriod,
        String endPeriod,
        List<PeriodAllocation> allocations,
        double effortWeeks,
        double priority,
        int rank,
        String reason,
        Instant scheduledAt,
        String actor,
        List<String> dependsOn) {

    /** Without an actor (events written before they carried one, and writers that name none): roadmap-service. */
    public ItemScheduled(String ideaId, String team, String title, String startPeriod, String endPeriod, List<PeriodAllocation> allocations, double effortWeeks, double priority, int rank, String reason, Instant scheduledAt) {
        this(ideaId, team, title, startPeriod, endPeriod, allocations, effortWeeks, priority, rank, reason, scheduledAt, "roadmap-service", null);
    }

    /** Without dependencies (events written before they carried them): unknown. */
    public ItemScheduled(String ideaId, String team, String title, String startPeriod, String endPeriod, List<PeriodAllocation> allocations, double effortWeeks, double priority, int rank, String reason, Instant scheduledAt, String actor) {
        this(ideaId, team, title, startPeriod, endPeriod, allocations, effortWeeks, priority, rank, reason, scheduledAt, actor, null);
    }
}
