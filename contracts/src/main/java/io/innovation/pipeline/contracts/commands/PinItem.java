package io.innovation.pipeline.contracts.commands;

/**
 * Command: a planner pins a roadmap item to start in a period. On {@code innovation.roadmap-commands.v1}, keyed by
 * the idea id. The item stays there unless that becomes impossible; its reason then says why.
 */
public record PinItem(String ideaId, String period) {
}
