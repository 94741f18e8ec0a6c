package io.innovation.pipeline.contracts.commands;

/**
 * Command: a comment's author replaces its text. Keyed by the idea id, CloudEvent type
 * {@value io.innovation.pipeline.contracts.EventTypes#EDIT_COMMENT}.
 */
public record EditComment(String commentId, String text) {
}
