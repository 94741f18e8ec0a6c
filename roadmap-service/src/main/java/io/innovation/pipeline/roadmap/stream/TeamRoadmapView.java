package io.innovation.pipeline.roadmap.stream;

import java.time.Instant;
import java.util.List;

/** A team's whole roadmap, as GET /roadmap?team=… shows it. */
public record TeamRoadmapView(
        String team,
        String horizonStart,
        String horizonEnd,
        List<RoadmapItemView> items,
        List<PeriodUtilisation> utilisation,
        Instant updatedAt) {

    /** Person-weeks planned in one period against the team's capacity. */
    public record PeriodUtilisation(String period, double usedWeeks, double capacityWeeks, double ratio) {
    }
}
