package io.innovation.pipeline.gateway.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The team of each idea recently seen in the feed, so that an event whose payload lacks the team can still be
 * filtered by team. Bounded: beyond {@code capacity} ideas the least recently used is forgotten (its later events
 * then carry no team unless they name it themselves). Thread-safe.
 */
public final class TeamDirectory {

    private final Map<String, String> teams;
    private final int capacity;

    public TeamDirectory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.teams = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > TeamDirectory.this.capacity;
            }
        };
    }

    public synchronized void learn(String ideaId, String team) {
        if (ideaId != null && team != null && !team.isBlank()) {
            teams.put(ideaId, team);
        }
    }

    /** The team last seen for the idea, or null. */
    public synchronized String teamOf(String ideaId) {
        return ideaId == null ? null : teams.get(ideaId);
    }

    public synchronized int size() {
        return teams.size();
    }
}
