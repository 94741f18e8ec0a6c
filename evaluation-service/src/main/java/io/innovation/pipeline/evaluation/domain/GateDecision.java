package io.innovation.pipeline.evaluation.domain;

/**
 * What the gate policy makes of an idea: the outcome (decided automatically, or {@code NEEDS_REVIEW} when people
 * must look at it), why in one sentence, what the policy proposes a person decide, and how many reviews the idea
 * needs before anyone may decide it (0 when the policy decides alone).
 */
public record GateDecision(Outcome outcome, String reason, Outcome proposal, int reviewsRequired) {

    public enum Outcome {
        APPROVED,
        REJECTED,
        NEEDS_REVIEW,
        NEEDS_INFO,
        PARKED,
        /** Not the gate's: the idea was withdrawn, which closes its evaluation. */
        WITHDRAWN;

        /** An outcome a person may decide (every outcome but waiting, and withdrawal, which is the submitter's). */
        public boolean decidable() {
            return this != NEEDS_REVIEW && this != WITHDRAWN;
        }
    }

    public boolean automatic() {
        return outcome != Outcome.NEEDS_REVIEW;
    }
}
