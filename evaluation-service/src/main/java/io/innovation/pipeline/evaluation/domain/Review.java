package io.innovation.pipeline.evaluation.domain;

import java.time.Instant;

/**
 * One reviewer's review of one idea version: feasibility, value and risk on 1..5 and a comment.
 *
 * @param risk 1 is low risk, 5 high risk: the review term counts it the other way round
 */
public record Review(String reviewer, int feasibility, int value, int risk, String comment, Instant at) {
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public Review {
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("a review needs a reviewer");
        }
        requireRating("feasibility", feasibility);
        requireRating("value", value);
        requireRating("risk", risk);
    }

    /** 0 for the worst review (feasibility 1, value 1, risk 5), 1 for the best (5, 5, 1). */
    public double normalized() {
        return ((feasibility - LOWEST) + (value - LOWEST) + (HIGHEST - risk)) / (3.0 * (HIGHEST - LOWEST));
    }

    private static void requireRating(String name, int rating) {
        if (rating < LOWEST || rating > HIGHEST) {
            throw new IllegalArgumentException(name + " must be from " + LOWEST + " to " + HIGHEST + ", was " + rating);
        }
    }
}
