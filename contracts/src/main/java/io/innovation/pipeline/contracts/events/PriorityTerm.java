package io.innovation.pipeline.contracts.events;

/**
 * One term of the composite priority: the score it comes from, that score normalised to 0..1,
 * the configured weight, and the points (0..100 in total) it contributes.
 */
public record PriorityTerm(String score, double normalized, double weight, double contribution, String explanation) {
}
