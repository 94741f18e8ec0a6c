package io.innovation.pipeline.contracts.commands;

/**
 * Command: review an idea. On {@code innovation.evaluation-commands.v1}, keyed by the idea id; the reviewer is the
 * command's {@code actor} (CloudEvent extension), never a field of the body. A second review by the same reviewer
 * of the same idea version replaces the first.
 *
 * @param ideaVersion the version reviewed; null for the idea's current version
 * @param feasibility 1 (hardly feasible) to 5 (clearly feasible)
 * @param value       1 (little business value) to 5 (great value)
 * @param risk        1 (low risk) to 5 (high risk)
 */
public record ReviewIdea(String ideaId, Long ideaVersion, int feasibility, int value, int risk, String comment) {
}
