package io.innovation.pipeline.roadmap.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An approved idea of one team, waiting for a place on the team's roadmap.
 *
 * @param effortWeeks person-weeks, more than 0; kept to hundredths of a week, rounded up
 * @param priority    the composite priority; higher goes first
 * @param pinned      a planner's pin puts the item ahead of every unpinned one
 * @param dependsOn   ids of ideas that must be finished before this one starts
 */
public record RoadmapCandidate(
        String ideaId,
        String title,
        double effortWeeks,
        double priority,
        Instant approvedAt,
        boolean pinned,
        List<String> dependsOn) {

    public RoadmapCandidate {
        if (ideaId == null || ideaId.isBlank()) {
            throw new IllegalArgumentException("ideaId must not be blank");
        }
        Objects.requireNonNull(title, "title");
        if (!(effortWeeks > 0)) {
            throw new IllegalArgumentException("effortWeeks must be more than 0: " + effortWeeks);
        }
        Weeks.requireValid("effortWeeks", effortWeeks);
        effortWeeks = Weeks.fromHundredths(Weeks.effortInHundredths(effortWeeks));
        if (!Double.isFinite(priority)) {
            throw new IllegalArgumentException("priority must be a finite number: " + priority);
        }
        Objects.requireNonNull(approvedAt, "approvedAt");
        dependsOn = List.copyOf(dependsOn);
    }
}
