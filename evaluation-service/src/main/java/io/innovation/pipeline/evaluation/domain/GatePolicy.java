package io.innovation.pipeline.evaluation.domain;

import static io.innovation.pipeline.evaluation.domain.Numbers.format;

import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import java.math.BigDecimal;

/**
 * The gate. Small ideas are decided automatically by composite priority: approved at or above
 * {@code approveAtOrAbove}, rejected below {@code rejectBelow}. An idea whose priority falls between the two (the
 * grey zone), or whose cost is at or above {@code reviewCostThreshold} (in {@code thresholdCurrency}; a cost in
 * another currency is not converted and always counts as at or above it), needs {@code requiredReviews} reviews;
 * then the policy proposes and a person decides. The proposal: approve at or above the approval threshold, reject
 * below the rejection threshold, and in the grey zone approve from its midpoint up, else reject.
 *
 * @param reviewCostThreshold null: cost alone never asks for reviews
 */
public record GatePolicy(double approveAtOrAbove, double rejectBelow, BigDecimal reviewCostThreshold, String thresholdCurrency,
                         int requiredReviews) {

    public static final double DEFAULT_APPROVE_AT_OR_ABOVE = 60;
    public static final double DEFAULT_REJECT_BELOW = 30;
    public static final int DEFAULT_REQUIRED_REVIEWS = 1;

    public GatePolicy {
        requirePriority("approveAtOrAbove", approveAtOrAbove);
        requirePriority("rejectBelow", rejectBelow);
        if (rejectBelow > approveAtOrAbove) {
            throw new IllegalArgumentException("rejectBelow (" + format(rejectBelow)
                    + ") must not be above approveAtOrAbove (" + format(approveAtOrAbove) + ")");
        }
        if (reviewCostThreshold != null && (reviewCostThreshold.signum() < 0 || thresholdCurrency == null)) {
            throw new IllegalArgumentException("reviewCostThreshold must be zero or more with a currency, was "
                    + reviewCostThreshold + " " + thresholdCurrency);
        }
        if (requiredReviews < 1) {
            throw new IllegalArgumentException("requiredReviews must be 1 or more, was " + requiredReviews);
        }
    }

    /** Thresholds by priority only, one review where one is needed. */
    public GatePolicy(double approveAtOrAbove, double rejectBelow) {
        this(approveAtOrAbove, rejectBelow, null, null, DEFAULT_REQUIRED_REVIEWS);
    }

    public static GatePolicy defaults() {
        return new GatePolicy(DEFAULT_APPROVE_AT_OR_ABOVE, DEFAULT_REJECT_BELOW);
    }

    public GatePolicy withThresholds(double approve, double reject) {
        return new GatePolicy(approve, reject, reviewCostThreshold, thresholdCurrency, requiredReviews);
    }

    /** The gate for an idea without a cost and without reviews. */
    public GateDecision decide(Assessment assessment) {
        return decide(assessment, null, null, 0);
    }

    /**
     * @param costAmount   the idea's cost estimate, or null when it has none
     * @param reviewCount  reviews of the idea's current version so far
     */
    public GateDecision decide(Assessment assessment, BigDecimal costAmount, String costCurrency, int reviewCount) {
        double priority = assessment.priority();
        String priorityText = "Priority " + format(priority);
        Outcome proposal = propose(priority);
        String costReason = costNeedsReview(costAmount, costCurrency);
        boolean grey = priority < approveAtOrAbove && priority >= rejectBelow;
        if (costReason == null && !grey) {
            return proposal == Outcome.APPROVED
                    ? new GateDecision(Outcome.APPROVED, priorityText + " is at or above the approval threshold "
                            + format(approveAtOrAbove) + ": approved automatically.", proposal, 0)
                    : new GateDecision(Outcome.REJECTED, priorityText + " is below the rejection threshold "
                            + format(rejectBelow) + ": rejected automatically.", proposal, 0);
        }
        String why = grey
                ? priorityText + " is below the approval threshold " + format(approveAtOrAbove)
                        + " and at or above the rejection threshold " + format(rejectBelow)
                : costReason;
        if (grey && costReason != null) {
            why += "; " + costReason;
        }
        String next = reviewCount < requiredReviews
                ? "needs " + requiredReviews + " review" + (requiredReviews == 1 ? "" : "s") + " (" + reviewCount + " so far)"
                        + ", then a reviewer or executive decides"
                : "reviews complete: the policy proposes " + proposal + " (" + proposalReason(priority)
                        + "), a reviewer or executive decides";
        return new GateDecision(Outcome.NEEDS_REVIEW, why + ": " + next + ".", proposal, requiredReviews);
    }

    /** What the policy proposes at this priority, whether or not it may decide alone. */
    public Outcome propose(double priority) {
        if (priority >= approveAtOrAbove) {
            return Outcome.APPROVED;
        }
        if (priority < rejectBelow) {
            return Outcome.REJECTED;
        }
        return priority >= midpoint() ? Outcome.APPROVED : Outcome.REJECTED;
    }

    private String proposalReason(double priority) {
        if (priority >= approveAtOrAbove) {
            return "priority " + format(priority) + " at or above " + format(approveAtOrAbove);
        }
        if (priority < rejectBelow) {
            return "priority " + format(priority) + " below " + format(rejectBelow);
        }
        return "priority " + format(priority) + (priority >= midpoint() ? " at or above" : " below")
                + " the grey zone's midpoint " + format(midpoint());
    }

    private double midpoint() {
        return (approveAtOrAbove + rejectBelow) / 2;
    }

    private String costNeedsReview(BigDecimal costAmount, String costCurrency) {
        if (reviewCostThreshold == null || costAmount == null) {
            return null;
        }
        if (!thresholdCurrency.equals(costCurrency)) {
            return "its cost is in " + costCurrency + ", not in " + thresholdCurrency + " of the review threshold";
        }
        if (costAmount.compareTo(reviewCostThreshold) >= 0) {
            return "its cost " + costAmount.toPlainString() + " " + costCurrency + " is at or above the review threshold "
                    + reviewCostThreshold.toPlainString() + " " + thresholdCurrency;
        }
        return null;
    }

    private static void requirePriority(String name, double threshold) {
        if (!(threshold >= 0 && threshold <= 100)) {
            throw new IllegalArgumentException(name + " must be a priority from 0 to 100, was " + threshold);
        }
    }
}
