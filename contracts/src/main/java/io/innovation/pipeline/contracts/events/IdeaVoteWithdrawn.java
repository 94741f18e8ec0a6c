package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: the actor took back a vote. Written by idea-service to {@code innovation.ideas.v1}, keyed by the idea id.
 *
 * @param votes the idea's vote count after this
 */
public record IdeaVoteWithdrawn(String ideaId, long votes, String commandId, Instant withdrawnAt, String actor) {
}
