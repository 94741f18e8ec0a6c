package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.contracts.events.PeriodAllocation;
import java.time.Instant;
import java.util.List;

/** One idea's place on its team's roadmap, as GET /roadmap/items/{ideaId} shows it. */
public record RoadmapItemView(
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
        Instant updatedAt) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String BACKLOGGED = "BACKLOGGED";
}
