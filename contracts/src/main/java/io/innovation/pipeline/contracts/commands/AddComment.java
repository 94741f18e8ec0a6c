package io.innovation.pipeline.contracts.commands;

/**
 * Command: the command's actor comments on an idea. Keyed by the idea id, CloudEvent type
 * {@value io.innovation.pipeline.contracts.EventTypes#ADD_COMMENT}.
 *
 * @param commentId chosen by the sender (a UUID), so that a retried command adds the comment once
 * @param text      up to 5,000 characters
 */
public record AddComment(String commentId, String text) {
}
