package io.innovation.pipeline.evaluation.domain;

/** What the gate decided about an idea, and why in one sentence. */
public record GateDecision(Outcome outcome, String reason) {

    public enum Outcome {
        APPROVED,
        REJECTED,
        NEEDS_REVIEW
    }
}
