package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The instance's read model: every idea's summary, kept in memory so that a list or the portfolio is answered
 * without a store scan or any call to a back-end. Written only by the view's Kafka Streams processor (from its
 * state store when a task starts, then on every event).
 */
public class PipelineView {

    private final ConcurrentMap<String, IdeaSummary> ideas = new ConcurrentHashMap<>();
    /** Ids by status and by team: a list filtered by either scans only those ideas. */
    private final ConcurrentMap<PipelineStatus, Set<String>> byStatus = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Set<String>> byTeam = new ConcurrentHashMap<>();
    private volatile boolean running;

    /** One writer (the view's stream thread) at a time per idea; readers may see an index a moment behind. */
    public void put(IdeaSummary summary) {
        IdeaSummary previous = ideas.put(summary.id(), summary);
        index(byStatus, previous == null ? null : previous.status(), summary.status(), summary.id());
        index(byTeam, previous == null ? null : previous.team(), summary.team(), summary.id());
    }

    private static <K> void index(ConcurrentMap<K, Set<String>> index, K before, K after, String id) {
        if (after != null) {
            index.computeIfAbsent(after, key -> ConcurrentHashMap.newKeySet()).add(id);
        }
        if (before != null && !before.equals(after)) {
            Set<String> ids = index.get(before);
            if (ids != null) {
                ids.remove(id);
            }
        }
    }

    /**
     * The ideas a query has to look at: those of its statuses or of its teams when it filters by them (whichever
     * are fewer), else all. Always a superset of its matches; the query's own filter still decides.
     */
    public Collection<IdeaSummary> candidates(IdeaQuery query) {
        List<Set<String>> narrowest = null;
        int size = Integer.MAX_VALUE;
        if (!query.statuses().isEmpty()) {
            List<Set<String>> sets = query.statuses().stream().map(status -> byStatus.getOrDefault(status, Set.of())).toList();
            int total = sets.stream().mapToInt(Set::size).sum();
            if (total < size) {
                narrowest = sets;
                size = total;
            }
        }
        if (!query.teams().isEmpty()) {
            List<Set<String>> sets = query.teams().stream().map(team -> byTeam.getOrDefault(team, Set.of())).toList();
            int total = sets.stream().mapToInt(Set::size).sum();
            if (total < size) {
                narrowest = sets;
                size = total;
            }
        }
        if (narrowest == null) {
            return all();
        }
        List<IdeaSummary> candidates = new ArrayList<>(size);
        // while an idea moves from one status to another its id may be in both sets for a moment
        Set<String> seen = narrowest.size() > 1 ? new HashSet<>() : null;
        for (Set<String> ids : narrowest) {
            for (String id : ids) {
                IdeaSummary summary = ideas.get(id);
                if (summary != null && (seen == null || seen.add(id))) {
                    candidates.add(summary);
                }
            }
        }
        return candidates;
    }

    public IdeaSummary get(String id) {
        return ideas.get(id);
    }

    public Collection<IdeaSummary> all() {
        return Collections.unmodifiableCollection(ideas.values());
    }

    public int size() {
        return ideas.size();
    }

    /** Ideas with this status now. */
    public int count(PipelineStatus status) {
        return byStatus.getOrDefault(status, Set.of()).size();
    }

    /** When the earliest submitted of the ideas with this status was submitted, if any has it. */
    public Optional<Instant> earliestCreated(PipelineStatus status) {
        return byStatus.getOrDefault(status, Set.of()).stream().map(ideas::get)
                .filter(summary -> summary != null && summary.createdAt() != null && summary.status() == status)
                .map(IdeaSummary::createdAt).min(Comparator.naturalOrder());
    }

    /** True once the view's stream thread has started processing (its state restored). */
    public boolean running() {
        return running;
    }

    void running(boolean running) {
        this.running = running;
    }
}
