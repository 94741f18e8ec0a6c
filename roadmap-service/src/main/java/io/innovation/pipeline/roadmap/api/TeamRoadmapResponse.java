package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.roadmap.stream.TeamRoadmapView;
import java.time.Instant;
import java.util.List;

/**
 * A team's whole roadmap, as GET /roadmap?team=… answers it: its items in rank order and the capacity used in each
 * period. Mapped from the state-store value, so the store can change without changing the HTTP answer.
 */
public record TeamRoadmapResponse(
        String team,
        String horizonStart,
        String horizonEnd,
        List<RoadmapItemResponse> items,
        List<PeriodUtilisation> utilisation,
        Instant updatedAt) {

    static TeamRoadmapResponse of(TeamRoadmapView roadmap) {
        return new TeamRoadmapResponse(roadmap.team(), roadmap.horizonStart(), roadmap.horizonEnd(),
                roadmap.items().stream().map(RoadmapItemResponse::of).toList(),
                roadmap.utilisation().stream().map(PeriodUtilisation::of).toList(),
                roadmap.updatedAt());
    }

    /** Person-weeks planned in one period against the team's capacity. */
    public record PeriodUtilisation(String period, double usedWeeks, double capacityWeeks, double ratio) {

        static PeriodUtilisation of(TeamRoadmapView.PeriodUtilisation used) {
            return new PeriodUtilisation(used.period(), used.usedWeeks(), used.capacityWeeks(), used.ratio());
        }
    }
}
