package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: the actor voted for an idea. Written by idea-service to {@code innovation.ideas.v1}, keyed by the idea id.
 *
 * @param votes the idea's vote count after this vote
 */
public record IdeaVoted(String ideaId, long votes, String commandId, Instant votedAt, String actor) {
}
