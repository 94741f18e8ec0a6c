package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.roadmap.domain.Quarter;
import java.util.Map;

/**
 * How teams are planned.
 *
 * @param horizonQuarters how many quarters a roadmap looks ahead
 * @param earliestStart no roadmap starts before this quarter (null: the quarter of the team's latest decision)
 * @param defaultCapacityWeeks person-weeks per quarter of a team not listed in {@code teamCapacityWeeks}
 * @param teamCapacityWeeks person-weeks per quarter by team id
 */
public record RoadmapSettings(int horizonQuarters, Quarter earliestStart, double defaultCapacityWeeks,
                              Map<String, Double> teamCapacityWeeks) {

    public RoadmapSettings {
        teamCapacityWeeks = Map.copyOf(teamCapacityWeeks);
    }

    /** The settings a plan of {@code backlog} is made with now. */
    TeamBacklog.PlannedWith planFor(TeamBacklog backlog) {
        return new TeamBacklog.PlannedWith(horizonStart(backlog).toString(), horizonQuarters,
                teamCapacityWeeks.getOrDefault(backlog.team(), defaultCapacityWeeks));
    }

    /**
     * The first quarter of a team's horizon: the quarter of its latest decision (event time, so a replay plans
     * the same), or the configured earliest start if that is later. It moves on with the team's next decision.
     */
    private Quarter horizonStart(TeamBacklog backlog) {
        Quarter latest = Quarter.parse(backlog.latestDecisionQuarter());
        return earliestStart == null || latest.compareTo(earliestStart) > 0 ? latest : earliestStart;
    }
}
