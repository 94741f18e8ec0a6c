package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.roadmap.domain.ExternalItem;
import io.innovation.pipeline.roadmap.domain.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import tools.jackson.databind.JsonNode;

/**
 * Every team's items as roadmap-service last published them, read from {@code innovation.roadmap.v1} (a global
 * table: every instance holds all of it), so a team can plan after items of other teams. Each item event names
 * where the item stands now: {@code endPeriod} while it is on a roadmap, none while it is backlogged, and
 * {@code removedAt} or {@code deliveredAt} once it no longer holds anything back.
 */
final class PublishedItems {
    /** A team's dependencies are followed this far at most (a cycle check never runs away). */
    private static final int MAX_FOLLOWED = 10_000;

    /** The latest event's data of an item by idea id, or null. */
    private final Function<String, byte[]> latest;

    PublishedItems(Function<String, byte[]> latest) {
        this.latest = latest;
    }

    /** Read from a processor: the global table's store, whose values carry their timestamps. */
    static PublishedItems of(KeyValueStore<String, ValueAndTimestamp<byte[]>> store) {
        return new PublishedItems(ideaId -> {
            ValueAndTimestamp<byte[]> stored = store.get(ideaId);
            return stored == null ? null : stored.value();
        });
    }

    /**
     * The item as published ({@code end} null while backlogged), or null when it is on no roadmap (never approved,
     * removed, delivered) or not readable.
     */
    ExternalItem get(String ideaId) {
        byte[] value = latest.apply(ideaId);
        if (value == null) {
            return null;
        }
        JsonNode data;
        try {
            data = CloudEventCodec.json().readTree(value);
        } catch (RuntimeException unreadable) {
            return null; // the roadmap topic's own consumers dead-letter what they cannot read
        }
        if (!data.path("team").isString() || data.has("removedAt") || data.has("deliveredAt")) {
            return null;
        }
        JsonNode end = data.path("endPeriod");
        List<String> dependsOn = new ArrayList<>();
        data.path("dependsOn").forEach(id -> dependsOn.add(id.asString()));
        return new ExternalItem(ideaId, data.path("team").asString(), end.isString() ? Period.parse(end.asString()) : null, dependsOn);
    }

    /**
     * The items of other teams that {@code candidates} depend on, directly or through each other (so that cycles
     * through other teams can be seen), keyed by idea id.
     */
    Map<String, ExternalItem> around(Set<String> teamItems, Collection<List<String>> dependencies) {
        Map<String, ExternalItem> found = new HashMap<>();
        Deque<String> next = new ArrayDeque<>();
        dependencies.forEach(next::addAll);
        while (!next.isEmpty() && found.size() < MAX_FOLLOWED) {
            String id = next.poll();
            if (teamItems.contains(id) || found.containsKey(id)) {
                continue;
            }
            ExternalItem item = get(id);
            if (item != null) {
                found.put(id, item);
                next.addAll(item.dependsOn());
            }
        }
        return found;
    }

    /** How a dependency stands, in one comparable word: a change of it re-plans the teams that wait for it. */
    static String standing(ExternalItem item) {
        if (item == null) {
            return "none";
        }
        return (item.end() == null ? "backlogged" : "ends " + item.end()) + " after " + String.join(",", item.dependsOn());
    }
}
