package io.innovation.pipeline.gateway.view;

import java.util.Collection;
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
    private volatile boolean running;

    public void put(IdeaSummary summary) {
        ideas.put(summary.id(), summary);
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

    /** True once the view's stream thread has started processing (its state restored). */
    public boolean running() {
        return running;
    }

    void running(boolean running) {
        this.running = running;
    }
}
