package io.innovation.pipeline.idea.domain;

/**
 * Which ideas are offered as similar: at most {@code limit}, each at least {@code minScore} close (0..1). The default
 * minimum was chosen on the labelled pairs in the test suite (precision ≥ 0.8 there, see docs/BENCHMARKS.md).
 */
public record SimilarIdeasPolicy(double minScore, int limit) {
    public static final double DEFAULT_MIN_SCORE = 0.30;
    public static final int DEFAULT_LIMIT = 5;

    public SimilarIdeasPolicy {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be from 0 to 1, was " + minScore);
        }
        if (limit < 1 || limit > 50) {
            throw new IllegalArgumentException("limit must be from 1 to 50, was " + limit);
        }
    }

    public static SimilarIdeasPolicy defaults() {
        return new SimilarIdeasPolicy(DEFAULT_MIN_SCORE, DEFAULT_LIMIT);
    }
}
