package io.innovation.pipeline.roadmap.config;

import io.innovation.pipeline.roadmap.domain.Quarter;
import io.innovation.pipeline.roadmap.stream.RoadmapSettings;
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
 * @param teams person-weeks per quarter by team id, e.g. {@code innovation.roadmap.teams.identity=39}
 */
@ConfigurationProperties("innovation.roadmap")
public record RoadmapProperties(
        @DefaultValue("4") int horizonQuarters,
        String earliestStart,
        @DefaultValue("26") double defaultCapacityWeeks,
        Map<String, Double> teams) {

    public RoadmapSettings toSettings() {
        return new RoadmapSettings(horizonQuarters,
                earliestStart == null || earliestStart.isBlank() ? null : Quarter.parse(earliestStart),
                defaultCapacityWeeks, teams == null ? Map.of() : teams);
    }
}
