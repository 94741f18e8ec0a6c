package io.innovation.pipeline.evaluation.domain;

import static io.innovation.pipeline.evaluation.domain.Numbers.format;

import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;

/**
 * Decides automatically by composite priority: approve at or above {@code approveAtOrAbove}, reject below
 * {@code rejectBelow}, and leave what lies between to a reviewer. Equal thresholds leave nothing to review.
 */
public record GatePolicy(double approveAtOrAbove, double rejectBelow) {

    public static final double DEFAULT_APPROVE_AT_OR_ABOVE = 60;
    public static final double DEFAULT_REJECT_BELOW = 30;

    public GatePolicy {
        requirePriority("approveAtOrAbove", approveAtOrAbove);
        requirePriority("rejectBelow", rejectBelow);
        if (rejectBelow > approveAtOrAbove) {
            throw new IllegalArgumentException("rejectBelow (" + format(rejectBelow)
                    + ") must not be above approveAtOrAbove (" + format(approveAtOrAbove) + ")");
        }
    }

    public static GatePolicy defaults() {
        return new GatePolicy(DEFAULT_APPROVE_AT_OR_ABOVE, DEFAULT_REJECT_BELOW);
    }

    public GateDecision decide(Assessment assessment) {
        String priority = "Priority " + format(assessment.priority());
        if (assessment.priority() >= approveAtOrAbove) {
            return new GateDecision(Outcome.APPROVED,
                    priority + " is at or above the approval threshold " + format(approveAtOrAbove) + ": approved automatically.");
        }
        if (assessment.priority() < rejectBelow) {
            return new GateDecision(Outcome.REJECTED,
                    priority + " is below the rejection threshold " + format(rejectBelow) + ": rejected automatically.");
        }
        return new GateDecision(Outcome.NEEDS_REVIEW, priority + " is below the approval threshold " + format(approveAtOrAbove)
                + " and at or above the rejection threshold " + format(rejectBelow) + ": a reviewer decides.");
    }

    private static void requirePriority(String name, double threshold) {
        if (!(threshold >= 0 && threshold <= 100)) {
            throw new IllegalArgumentException(name + " must be a priority from 0 to 100, was " + threshold);
        }
    }
}
