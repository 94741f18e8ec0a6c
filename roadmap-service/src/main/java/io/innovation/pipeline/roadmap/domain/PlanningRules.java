package io.innovation.pipeline.roadmap.domain;

import java.util.Map;
import java.util.Objects;

/**
 * How far teams plan ahead and with how much capacity, before planners change anything.
 *
 * @param horizonQuarters      how many quarters a roadmap looks ahead
 * @param earliestStart        no roadmap starts before this quarter (null: the quarter of the team's latest decision)
 * @param defaultCapacityWeeks person-weeks per quarter of a team not listed in {@code teamCapacityWeeks}
 * @param teamCapacityWeeks    person-weeks per quarter by team id
 */
public record PlanningRules(int horizonQuarters, Quarter earliestStart, double defaultCapacityWeeks,
                            Map<String, Double> teamCapacityWeeks) {

    public PlanningRules {
        if (horizonQuarters < 1) {
            throw new IllegalArgumentException("horizonQuarters must be at least 1: " + horizonQuarters);
        }
        Weeks.requireValid("defaultCapacityWeeks", defaultCapacityWeeks);
        teamCapacityWeeks = Map.copyOf(teamCapacityWeeks);
    }

    /**
     * The first quarter of a team's horizon: the quarter of its latest decision (event time, so a replay plans the
     * same), or the configured earliest start if that is later. It moves on with the team's decisions.
     */
    public Quarter horizonStart(Quarter latestDecision) {
        Objects.requireNonNull(latestDecision, "latestDecision");
        return earliestStart == null || latestDecision.compareTo(earliestStart) > 0 ? latestDecision : earliestStart;
    }

    /** The team's capacity per quarter before any planner set one: configured for the team, or the default. */
    public double configuredWeeks(String team) {
        return teamCapacityWeeks.getOrDefault(team, defaultCapacityWeeks);
    }

    /** The configured capacity with the quarters planners set. */
    public TeamCapacity capacityOf(String team, Map<Quarter, Double> setByPlanners) {
        return new TeamCapacity(configuredWeeks(team), setByPlanners);
    }
}
