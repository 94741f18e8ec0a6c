package io.innovation.pipeline.roadmap.domain;

/** Where an approved idea stands on its team's roadmap. */
public enum ItemStatus {
    /** Approved; its place is being worked out with the team's other changes (at most one commit interval). */
    PENDING,
    SCHEDULED,
    /** No room in the horizon, or blocked by its dependencies. */
    BACKLOGGED,
    /** Work started: the item keeps its slot. */
    IN_PROGRESS,
    /** Done: off the plan, its capacity free. */
    DELIVERED
}
