package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.gateway.compose.IdeaView;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Composed idea views ({@code GET /api/ideas/{id}}) kept while nothing about their idea has changed, so that a read
 * of an idea nobody changed makes no back-end call. The pipeline view says when an idea changed: every event about
 * it (content, votes, comments, withdrawal, merge, assessment, review, decision, placement) replaces its summary, and
 * an entry is valid only while the summary it was composed under is still the view's. The view sees an event after
 * the back-end that wrote it has changed its own state, so a kept view is never older than the back-ends' last
 * published change; what changes without an event (a roadmap item's rank when others move around it) is bounded by
 * {@code ttl}. Writes through this gateway drop their idea's entry ({@link #forget}), so their author reads them at
 * once.
 *
 * <p>Only whole views are kept (every part answered), and only while the view runs and knows the idea.
 */
public final class ComposedViewCache {

    private record Entry(IdeaView view, IdeaSummary composedUnder, long expiresAtNanos) {}

    private final PipelineView pipeline;
    private final int maxEntries;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param maxEntries the most views kept (0: none, the cache is off)
     * @param ttlNanos   the longest a view is kept however quiet its idea is
     */
    public ComposedViewCache(PipelineView pipeline, int maxEntries, long ttlNanos, LongSupplier nanoClock) {
        if (maxEntries < 0 || ttlNanos < 0) {
            throw new IllegalArgumentException("the composed-view cache's size and time to live must not be negative");
        }
        this.pipeline = pipeline;
        this.maxEntries = maxEntries;
        this.ttlNanos = ttlNanos;
        this.nanoClock = nanoClock;
    }

    /** What the view knows of the idea now; take it before asking the back-ends, and hand it to {@link #keep}. */
    public IdeaSummary stamp(String id) {
        return pipeline.running() ? pipeline.get(id) : null;
    }

    /** The kept view of the idea, or null when there is none or its idea changed since. */
    public IdeaView get(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return null;
        }
        if (entry.composedUnder() != stamp(id) || nanoClock.getAsLong() - entry.expiresAtNanos() > 0) {
            entries.remove(id, entry);
            return null;
        }
        return entry.view();
    }

    /**
     * Keeps {@code view}, composed from back-end answers asked for after {@code stamp} was taken, unless a part was
     * missing or the view knew nothing of the idea.
     */
    public void keep(String id, IdeaSummary stamp, IdeaView view) {
        if (maxEntries == 0 || stamp == null || !view.unavailable().isEmpty()) {
            return;
        }
        if (entries.size() >= maxEntries && !entries.containsKey(id)) {
            Iterator<String> any = entries.keySet().iterator();
            if (any.hasNext()) { // full: one entry makes room, whichever the map yields first
                entries.remove(any.next());
            }
        }
        entries.put(id, new Entry(view, stamp, nanoClock.getAsLong() + ttlNanos));
    }

    /** Drops the idea's view: a write through this gateway changed, or is about to change, the idea. */
    public void forget(String id) {
        entries.remove(id);
    }

    int size() {
        return entries.size();
    }
}
