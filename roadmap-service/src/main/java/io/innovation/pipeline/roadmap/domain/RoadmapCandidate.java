package io.innovation.pipeline.roadmap.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An approved idea of one team, waiting for a place on the team's roadmap.
 *
 * @param effortWeeks person-weeks, more than 0; kept to hundredths of a week, rounded up
 * @param priority    the composite priority; higher goes first
 * @param pinnedTo    the period a planner pinned the item to, or null; a pinned item goes ahead of
 *                    every unpinned one and starts in that period when it can
 * @param started     empty unless the item is in progress; then its slot, in consecutive periods,
 *                    which the scheduler keeps as it is
 * @param dependsOn   ids of ideas, of this team or another, that must be finished before this one starts
 */
public record RoadmapCandidate(
        String ideaId,
        String title,
        double effortWeeks,
        double priority,
        Instant approvedAt,
        Period pinnedTo,
        List<Allocation> started,
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
        started = List.copyOf(started);
        for (int i = 1; i < started.size(); i++) {
            if (!started.get(i).period().equals(started.get(i - 1).period().next())) {
                throw new IllegalArgumentException("a started slot takes consecutive periods: " + started);
            }
        }
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean pinned() {
        return pinnedTo != null;
    }

    public boolean inProgress() {
        return !started.isEmpty();
    }
}
