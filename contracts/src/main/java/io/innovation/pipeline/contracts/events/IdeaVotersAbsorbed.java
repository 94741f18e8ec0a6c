package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: an idea took the voters of a duplicate merged into it, each person once. Keyed by the idea id.
 *
 * @param votes the idea's vote count afterwards
 */
public record IdeaVotersAbsorbed(String ideaId, String fromIdeaId, long votes, String commandId, Instant absorbedAt, String actor) {
}
