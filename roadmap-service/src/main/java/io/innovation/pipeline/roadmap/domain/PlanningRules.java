package io.innovation.pipeline.roadmap.domain;

import java.util.Map;
import java.util.Objects;

/**
 * In what periods teams plan, how far ahead and with how much capacity, before planners change anything.
 *
 * @param calendar             the periods roadmaps are planned in
 * @param horizonPeriods       how many periods a roadmap looks ahead
 * @param earliestStart        no roadmap starts before this period (null: the period of the team's latest decision)
 * @param defaultCapacityWeeks person-weeks per period of a team not listed in {@code teamCapacityWeeks}
 * @param teamCapacityWeeks    person-weeks per period by team id
 */
public record PlanningRules(PeriodCalendar calendar, int horizonPeriods, Period earliestStart, double defaultCapacityWeeks,
                            Map<String, Double> teamCapacityWeeks) {

    public PlanningRules {
        Objects.requireNonNull(calendar, "calendar");
        if (earliestStart != null && !earliestStart.equals(calendar.containing(earliestStart.start()))) {
            throw new IllegalArgumentException("earliestStart must be a " + calendar.kind().word() + " of the calendar: " + earliestStart);
        }
        if (horizonPeriods < 1) {
            throw new IllegalArgumentException("horizonPeriods must be at least 1: " + horizonPeriods);
        }
        Weeks.requireValid("defaultCapacityWeeks", defaultCapacityWeeks);
        teamCapacityWeeks = Map.copyOf(teamCapacityWeeks);
    }

    /**
     * The first period of a team's horizon: the period of its latest decision (event time, so a replay plans the
     * same), or the configured earliest start if that is later. It moves on with the team's decisions.
     */
    public Period horizonStart(Period latestDecision) {
        Objects.requireNonNull(latestDecision, "latestDecision");
        return earliestStart == null || latestDecision.compareTo(earliestStart) > 0 ? latestDecision : earliestStart;
    }

    /** The team's capacity per period before any planner set one: configured for the team, or the default. */
    public double configuredWeeks(String team) {
        return teamCapacityWeeks.getOrDefault(team, defaultCapacityWeeks);
    }

    /** The configured capacity with the periods planners set. */
    public TeamCapacity capacityOf(String team, Map<Period, Double> setByPlanners) {
        return new TeamCapacity(configuredWeeks(team), setByPlanners);
    }
}
