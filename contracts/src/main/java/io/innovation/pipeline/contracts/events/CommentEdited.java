package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/** Event: a comment's text was replaced by its author. On {@code innovation.ideas.v1}, keyed by the idea id. */
public record CommentEdited(String ideaId, String commentId, String text, String commandId, Instant editedAt, String actor) {
}
