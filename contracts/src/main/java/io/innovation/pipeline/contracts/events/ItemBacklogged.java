package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/** Event: an approved item does not fit in its team's planning horizon (or lost its place to others). */
public record ItemBacklogged(
        String ideaId,
        String team,
        String title,
        double effortWeeks,
        double priority,
        int rank,
        String reason,
        Instant backloggedAt) {
}
