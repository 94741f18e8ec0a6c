package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: an idea was withdrawn; nothing changes it any more. Its budget and roadmap place are to be released.
 * Written by idea-service to {@code innovation.ideas.v1}, keyed by the idea id.
 *
 * @param version the idea's version when withdrawn
 */
public record IdeaWithdrawn(String ideaId, long version, String team, String reason, String commandId, Instant withdrawnAt,
                            String actor) {
}
