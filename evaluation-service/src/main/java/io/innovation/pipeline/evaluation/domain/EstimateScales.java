package io.innovation.pipeline.evaluation.domain;

import java.util.List;

/** The scales on which estimates are given (DESIGN §3 Idea); shared by idea facts and assumed defaults. */
final class EstimateScales {
    static final List<Double> IMPACT = List.of(0.25, 0.5, 1.0, 2.0, 3.0);
    static final List<Integer> FIBONACCI = List.of(1, 2, 3, 5, 8, 13, 20);

    private EstimateScales() {
    }

    static void requireReach(String field, long reach) {
        if (reach < 0) {
            throw new IllegalArgumentException(field + " must be zero or more users per quarter, was " + reach);
        }
    }

    static void requireImpact(String field, double impact) {
        if (!IMPACT.contains(impact)) {
            throw new IllegalArgumentException(field + " must be one of 0.25, 0.5, 1, 2, 3, was " + impact);
        }
    }

    static void requireConfidence(String field, int confidence) {
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException(field + " must be a percentage from 0 to 100, was " + confidence);
        }
    }

    static void requireEffortWeeks(String field, double effortWeeks) {
        if (!(effortWeeks > 0) || Double.isInfinite(effortWeeks)) {
            throw new IllegalArgumentException(field + " must be a positive number of person-weeks, was " + effortWeeks);
        }
    }

    static void requireFibonacci(String field, int value) {
        if (!FIBONACCI.contains(value)) {
            throw new IllegalArgumentException(field + " must be one of 1, 2, 3, 5, 8, 13, 20, was " + value);
        }
    }
}
