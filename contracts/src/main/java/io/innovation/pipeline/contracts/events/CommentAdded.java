package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/** Event: the actor (the comment's author) commented on an idea. On {@code innovation.ideas.v1}, keyed by the idea id. */
public record CommentAdded(String ideaId, String commentId, String text, String commandId, Instant addedAt, String actor) {
}
