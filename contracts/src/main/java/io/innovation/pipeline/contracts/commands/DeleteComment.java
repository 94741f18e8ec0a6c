package io.innovation.pipeline.contracts.commands;

/**
 * Command: a comment's author, or an admin moderating, deletes a comment. Keyed by the idea id, CloudEvent type
 * {@value io.innovation.pipeline.contracts.EventTypes#DELETE_COMMENT}.
 */
public record DeleteComment(String commentId) {
}
