package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: a comment was deleted, by its author or by an admin moderating (the actor says which). On
 * {@code innovation.ideas.v1}, keyed by the idea id.
 */
public record CommentDeleted(String ideaId, String commentId, String commandId, Instant deletedAt, String actor) {
}
