package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.roadmap.stream.RoadmapItemView;
import java.time.Instant;
import java.util.List;

/**
 * One idea's place on its team's roadmap, as GET /roadmap/items/{ideaId} answers it: {@code status} is
 * {@code PENDING} (approved, being placed), {@code SCHEDULED}, {@code BACKLOGGED}, {@code IN_PROGRESS} or
 * {@code DELIVERED}; {@code pinnedTo} the period a planner pinned it to. Mapped from the state-store value, so the
 * store can change without changing the HTTP answer.
 */
public record RoadmapItemResponse(
        String ideaId,
        String team,
        String title,
        String status,
        String startPeriod,
        String endPeriod,
        List<PeriodAllocation> allocations,
        int rank,
        double priority,
        double effortWeeks,
        String reason,
        Instant updatedAt,
        String pinnedTo,
        List<String> dependsOn) {

    static RoadmapItemResponse of(RoadmapItemView item) {
        return new RoadmapItemResponse(item.ideaId(), item.team(), item.title(), item.status(), item.startPeriod(),
                item.endPeriod(), item.allocations(), item.rank(), item.priority(), item.effortWeeks(), item.reason(),
                item.updatedAt(), item.pinnedTo(), item.dependsOn());
    }
}
