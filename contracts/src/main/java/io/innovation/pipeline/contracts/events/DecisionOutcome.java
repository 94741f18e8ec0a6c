package io.innovation.pipeline.contracts.events;

/**
 * What the gate decided about an idea. {@code NEEDS_REVIEW}: waiting for reviews or a person's decision;
 * {@code NEEDS_INFO}: back to the submitter with questions; {@code PARKED}: worth doing, but not now (for
 * example, its theme's budget for the period cannot cover it); {@code WITHDRAWN}: the idea was withdrawn by its
 * submitter (or an admin), so its evaluation is closed, its budget released and its roadmap place given up.
 */
public enum DecisionOutcome {
    APPROVED,
    REJECTED,
    NEEDS_REVIEW,
    NEEDS_INFO,
    PARKED,
    WITHDRAWN
}
