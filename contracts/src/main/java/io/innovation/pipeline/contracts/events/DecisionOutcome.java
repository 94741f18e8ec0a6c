package io.innovation.pipeline.contracts.events;

/** What the gate decided about an idea. */
public enum DecisionOutcome {
    APPROVED,
    REJECTED,
    NEEDS_REVIEW
}
