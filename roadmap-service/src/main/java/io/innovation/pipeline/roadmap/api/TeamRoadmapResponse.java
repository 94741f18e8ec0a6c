package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.stream.RoadmapItemView;
import io.innovation.pipeline.roadmap.stream.TeamState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A team's roadmap, as GET /roadmap?team=… answers it: its items (scheduled and in progress by start, then
 * backlogged, pending and delivered) and the capacity used in each period of the horizon. Mapped from the stored
 * values, so the stores can change without changing the HTTP answer.
 */
public record TeamRoadmapResponse(
        String team,
        String horizonStart,
        String horizonEnd,
        List<RoadmapItemResponse> items,
        List<PeriodUtilisation> utilisation,
        Instant updatedAt) {

    private static final List<String> STATUS_ORDER = List.of("IN_PROGRESS", "SCHEDULED", "BACKLOGGED", "PENDING", "DELIVERED");

    static TeamRoadmapResponse of(TeamState state, List<RoadmapItemView> items) {
        TeamState.PlannedWith with = state.plannedWith();
        String horizonEnd = with == null ? null
                : Period.parse(with.horizonStart()).plus(with.horizonPeriods() - 1).toString();
        return new TeamRoadmapResponse(state.team(), with == null ? null : with.horizonStart(), horizonEnd,
                items.stream().sorted(ORDER).map(RoadmapItemResponse::of).toList(),
                state.utilisation().stream().map(PeriodUtilisation::of).toList(), state.updatedAt());
    }

    private static final Comparator<RoadmapItemView> ORDER = Comparator
            .comparing((RoadmapItemView item) -> item.status().equals("IN_PROGRESS") ? "SCHEDULED" : item.status(),
                    Comparator.comparingInt(STATUS_ORDER::indexOf))
            .thenComparing(item -> item.startPeriod() == null ? "" : item.startPeriod())
            .thenComparingInt(RoadmapItemView::rank)
            .thenComparing(RoadmapItemView::ideaId);

    /** Person-weeks planned in one period against the team's capacity. */
    public record PeriodUtilisation(String period, double usedWeeks, double capacityWeeks, double ratio) {

        static PeriodUtilisation of(TeamState.PeriodUtilisation used) {
            return new PeriodUtilisation(used.period(), used.usedWeeks(), used.capacityWeeks(), used.ratio());
        }
    }
}
