package io.innovation.pipeline.roadmap.config;

import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.domain.PeriodCalendar;
import io.innovation.pipeline.roadmap.domain.PeriodKind;
import io.innovation.pipeline.roadmap.domain.PlanningRules;
import io.innovation.pipeline.roadmap.stream.RoadmapSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.roadmap.*}
 *
 * @param periodKind what roadmaps plan in: {@code QUARTER} (default), {@code MONTH} or {@code SPRINT} (two weeks)
 * @param sprintAnchor the Monday of one sprint start; sprints start every two weeks from it (default 2024-01-01)
 * @param horizonPeriods how many periods each team's roadmap covers; unset: 4 quarters, 6 months or 6 sprints
 * @param earliestStart optional first period of every roadmap, e.g. {@code 2027-Q1}; by default a team's roadmap
 *                      starts in the period of its latest decision (event time, so a replay plans the same)
 * @param defaultCapacityWeeks person-weeks per period of teams not listed in {@code teams}; unset: two people, so
 *                             26 per quarter, 8.66 per month or 4 per sprint
 * @param teams person-weeks per period by team id, e.g. {@code innovation.roadmap.teams.identity=39}; planners
 *              change single periods over the API
 * @param replanInterval how often a team with changes is re-planned: the decisions and re-scores of one interval
 *                       are planned together, once (planner commands re-plan at once)
 * @param commandTimeout how long an HTTP command waits for Kafka to take it, and again for its outcome
 */
@ConfigurationProperties("innovation.roadmap")
public record RoadmapProperties(
        PeriodKind periodKind,
        LocalDate sprintAnchor,
        Integer horizonPeriods,
        String earliestStart,
        Double defaultCapacityWeeks,
        Map<String, Double> teams,
        @DefaultValue("100ms") Duration replanInterval,
        @DefaultValue("10s") Duration commandTimeout) {

    public RoadmapSettings toSettings() {
        // An empty environment variable binds as null: each setting left empty takes its default.
        PeriodKind kind = periodKind == null ? PeriodKind.QUARTER : periodKind;
        PeriodCalendar calendar = new PeriodCalendar(kind, sprintAnchor == null ? PeriodCalendar.DEFAULT_SPRINT_ANCHOR : sprintAnchor);
        return new RoadmapSettings(new PlanningRules(calendar,
                horizonPeriods != null ? horizonPeriods : defaultHorizon(kind),
                earliestStart == null || earliestStart.isBlank() ? null : earliestStart(calendar),
                defaultCapacityWeeks != null ? defaultCapacityWeeks : defaultCapacityWeeks(kind),
                teams == null ? Map.of() : teams), replanInterval);
    }

    private Period earliestStart(PeriodCalendar calendar) {
        try {
            return calendar.parse(earliestStart);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("innovation.roadmap.earliest-start " + earliestStart + " " + e.getMessage(), e);
        }
    }

    /** About a year of quarters; half a year of months; twelve weeks of sprints, as far as sprint planning looks. */
    private static int defaultHorizon(PeriodKind kind) {
        return switch (kind) {
            case QUARTER -> 4;
            case MONTH, SPRINT -> 6;
        };
    }

    /** Two people: 13 weeks a quarter, 52/12 a month (rounded down to hundredths), 2 a sprint. */
    private static double defaultCapacityWeeks(PeriodKind kind) {
        return switch (kind) {
            case QUARTER -> 26;
            case MONTH -> 8.66;
            case SPRINT -> 4;
        };
    }
}
