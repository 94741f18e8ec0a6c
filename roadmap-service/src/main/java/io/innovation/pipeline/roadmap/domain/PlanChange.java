package io.innovation.pipeline.roadmap.domain;

/** How one item's place differs between two plans of a team; only changes are published. */
public sealed interface PlanChange permits PlanChange.ItemScheduled, PlanChange.ItemRescheduled, PlanChange.ItemBacklogged {

    Placement placement();

    /** The reason for the change, for readers of the roadmap topic. */
    String why();

    default String ideaId() {
        return placement().ideaId();
    }

    /** On the roadmap for the first time, or again after being backlogged. */
    record ItemScheduled(Placement.Scheduled placement, String why) implements PlanChange {
    }

    /** Still on the roadmap, in other periods or with other weeks per period. */
    record ItemRescheduled(Period fromStart, Period fromEnd, Placement.Scheduled placement, String why)
            implements PlanChange {
    }

    /** Backlogged for the first time, or after having been on the roadmap. */
    record ItemBacklogged(Placement.Backlogged placement, String why) implements PlanChange {
    }
}
