package io.innovation.pipeline.roadmap.config;

import io.innovation.pipeline.roadmap.domain.PlanningRules;
import io.innovation.pipeline.roadmap.domain.Quarter;
import io.innovation.pipeline.roadmap.stream.RoadmapSettings;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.roadmap.*}
 *
 * @param horizonQuarters how many quarters each team's roadmap covers
 * @param earliestStart optional first quarter of every roadmap, e.g. {@code 2027-Q1}; by default a team's roadmap
 *                      starts in the quarter of its latest decision (event time, so a replay plans the same)
 * @param defaultCapacityWeeks person-weeks per quarter of teams not listed in {@code teams}
 * @param teams person-weeks per quarter by team id, e.g. {@code innovation.roadmap.teams.identity=39}; planners
 *              change single quarters over the API
 * @param replanInterval how often a team with changes is re-planned: the decisions and re-scores of one interval
 *                       are planned together, once (planner commands re-plan at once)
 * @param commandTimeout how long an HTTP command waits for Kafka to take it, and again for its outcome
 */
@ConfigurationProperties("innovation.roadmap")
public record RoadmapProperties(
        @DefaultValue("4") int horizonQuarters,
        String earliestStart,
        @DefaultValue("26") double defaultCapacityWeeks,
        Map<String, Double> teams,
        @DefaultValue("100ms") Duration replanInterval,
        @DefaultValue("10s") Duration commandTimeout) {

    public RoadmapSettings toSettings() {
        return new RoadmapSettings(new PlanningRules(horizonQuarters,
                earliestStart == null || earliestStart.isBlank() ? null : Quarter.parse(earliestStart),
                defaultCapacityWeeks, teams == null ? Map.of() : teams), replanInterval);
    }
}
