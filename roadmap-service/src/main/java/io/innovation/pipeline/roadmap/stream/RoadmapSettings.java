package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.roadmap.domain.Quarter;
import io.innovation.pipeline.roadmap.domain.TeamCapacity;
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

    TeamCapacity capacityOf(String team) {
        return TeamCapacity.of(teamCapacityWeeks.getOrDefault(team, defaultCapacityWeeks));
    }

    /** The first quarter of a team's horizon: planning never starts in a quarter that has passed. */
    Quarter horizonStart(TeamBacklog backlog) {
        Quarter latest = backlog.latestDecisionQuarter() == null ? null : Quarter.parse(backlog.latestDecisionQuarter());
        if (latest == null) {
            return earliestStart;
        }
        return earliestStart == null || latest.compareTo(earliestStart) > 0 ? latest : earliestStart;
    }
}
