package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/** Event: an approved item does not fit in its team's planning horizon (or lost its place to others). */
public record ItemBacklogged(
        String ideaId,
        String team,
        String title,
        double effortWeeks,
        double priority,
        int rank,
        String reason,
        Instant backloggedAt,
        String actor,
        List<String> dependsOn) {

    /** Without an actor (events written before they carried one, and writers that name none): roadmap-service. */
    public ItemBacklogged(String ideaId, String team, String title, double effortWeeks, double priority, int rank, String reason, Instant backloggedAt) {
        this(ideaId, team, title, effortWeeks, priority, rank, reason, backloggedAt, "roadmap-service", null);
    }

    /** Without dependencies (events written before they carried them): unknown. */
    public ItemBacklogged(String ideaId, String team, String title, double effortWeeks, double priority, int rank, String reason, Instant backloggedAt, String actor) {
        this(ideaId, team, title, effortWeeks, priority, rank, reason, backloggedAt, actor, null);
    }
}
