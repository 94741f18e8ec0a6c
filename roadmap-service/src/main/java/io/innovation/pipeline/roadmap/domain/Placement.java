package io.innovation.pipeline.roadmap.domain;

import java.util.List;

/** Where the scheduler put one candidate, and why, in words for engineers and executives alike. */
public sealed interface Placement permits Placement.Scheduled, Placement.Backlogged {

    String ideaId();

    String title();

    /** 1-based position in the order in which the scheduler placed the team's items. */
    int rank();

    double priority();

    double effortWeeks();

    String reason();

    /**
     * On the roadmap in consecutive periods.
     *
     * @param scheduledAfter the item's dependencies that hold it back, on this team's roadmap or on
     *                       another's; it starts after they end
     * @param externalAfter  those of them that are on other teams' roadmaps, with the ends it was
     *                       planned after
     * @param pinnedTo       the period a planner pinned it to, or null; it starts there when it can
     * @param inProgress     started: the allocations are its slot (in the horizon), kept as they are
     */
    record Scheduled(
            String ideaId,
            String title,
            int rank,
            double priority,
            double effortWeeks,
            List<Allocation> allocations,
            List<String> scheduledAfter,
            List<ExternalItem> externalAfter,
            Period pinnedTo,
            boolean inProgress,
            String reason) implements Placement {

        public Scheduled {
            if (allocations.isEmpty()) {
                throw new IllegalArgumentException("a scheduled item has at least one allocation");
            }
            allocations = List.copyOf(allocations);
            scheduledAfter = List.copyOf(scheduledAfter);
            externalAfter = List.copyOf(externalAfter);
        }

        public Period start() {
            return allocations.get(0).period();
        }

        public Period end() {
            return allocations.get(allocations.size() - 1).period();
        }

        /** {@code 2027-Q1} for one period, {@code 2027-Q1–2027-Q3} for several. */
        public String span() {
            return Wording.span(start(), end());
        }
    }

    /** Approved, but with no room in the horizon (or blocked by its dependencies). */
    record Backlogged(
            String ideaId,
            String title,
            int rank,
            double priority,
            double effortWeeks,
            String reason) implements Placement {
    }
}
