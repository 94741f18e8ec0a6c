package io.innovation.pipeline.contracts.commands;

/**
 * Command: work on a scheduled item has started; it keeps its slot from now on. On
 * {@code innovation.roadmap-commands.v1}, keyed by the idea id.
 */
public record StartItem(String ideaId) {
}
