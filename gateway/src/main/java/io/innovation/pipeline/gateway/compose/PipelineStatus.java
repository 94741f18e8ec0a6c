package io.innovation.pipeline.gateway.compose;

/** The stages of the idea lifecycle (DESIGN §3) that the gateway can derive from its three parts. */
public enum PipelineStatus {
    SUBMITTED,
    IN_EVALUATION,
    APPROVED,
    REJECTED,
    NEEDS_INFO,
    PARKED,
    SCHEDULED,
    BACKLOGGED,
    /** Work on it started: it keeps its slot on the roadmap. */
    IN_PROGRESS,
    /** Done: off the plan. */
    DELIVERED,
    WITHDRAWN,
    /** Merged into another idea as a duplicate: closed like a withdrawal, its voters moved to that idea. */
    MERGED
}
