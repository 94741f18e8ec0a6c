package io.innovation.pipeline.evaluation.domain;

/**
 * One term of the composite priority: the score it comes from, that score normalised to 0..1, the configured
 * weight, and the points (out of 100 in total) it contributes, rounded to two decimals.
 */
public record PriorityTerm(String score, double normalized, double weight, double contribution, String explanation) {
}
