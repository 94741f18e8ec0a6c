package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: a reviewer reviewed an idea version (feasibility, value, risk 1..5 and a comment). On
 * {@code innovation.evaluations.v1}, keyed by the idea id. {@code replacesEarlier}: the reviewer had reviewed
 * this version before, and this review takes the earlier one's place.
 */
public record IdeaReviewed(
        String ideaId,
        long ideaVersion,
        String reviewer,
        int feasibility,
        int value,
        int risk,
        String comment,
        boolean replacesEarlier,
        Instant reviewedAt,
        String actor) {
}
