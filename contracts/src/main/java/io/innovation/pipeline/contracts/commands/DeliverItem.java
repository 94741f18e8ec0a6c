package io.innovation.pipeline.contracts.commands;

/**
 * Command: an item is delivered; it leaves the plan and frees its capacity. On {@code innovation.roadmap-commands.v1},
 * keyed by the idea id.
 */
public record DeliverItem(String ideaId) {
}
