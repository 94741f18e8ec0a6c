package io.innovation.pipeline.contracts.commands;

/** Command: a planner releases an item's pin. On {@code innovation.roadmap-commands.v1}, keyed by the idea id. */
public record UnpinItem(String ideaId) {
}
