package io.innovation.pipeline.contracts.events;

/**
 * What the gate decided about an idea. {@code NEEDS_REVIEW}: waiting for reviews or a person's decision;
 * {@code NEEDS_INFO}: back to the submitter with questions; {@code PARKED}: worth doing, but not now (for
 * example, its theme's budget for the period cannot cover it).
 */
public enum DecisionOutcome {
    APPROVED,
    REJECTED,
    NEEDS_REVIEW,
    NEEDS_INFO,
    PARKED
}
