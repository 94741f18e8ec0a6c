package io.innovation.pipeline.roadmap.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A task's stored roadmap items, with the items of the teams it re-planned kept decoded between re-plans. A re-plan
 * reads every item of its team, and decoding them from the store took about 40 % of roadmap-service's CPU under
 * intake load with one large team (JFR, docs/BENCHMARKS.md). Every write of the task goes through here, so what is
 * kept is what is stored; a task starts with nothing kept (one instance per processor {@code init}, which Kafka
 * Streams calls again when it revives a task from its changelog).
 */
final class TeamItems {

    /** Beyond this many kept items everything is let go (and read again as needed): a bound on the heap it takes. */
    static final int KEPT_AT_MOST = 20_000;

    private final KeyValueStore<String, RoadmapItemView> store;
    /** By team, then by idea id: the order of the store's prefix scan (ids are ASCII). */
    private final Map<String, NavigableMap<String, RoadmapItemView>> kept = new HashMap<>();
    private final int keptAtMost;
    private int keptItems;

    TeamItems(KeyValueStore<String, RoadmapItemView> store) {
        this(store, KEPT_AT_MOST);
    }

    TeamItems(KeyValueStore<String, RoadmapItemView> store, int keptAtMost) {
        this.store = store;
        this.keptAtMost = keptAtMost;
    }

    RoadmapItemView get(String team, String ideaId) {
        NavigableMap<String, RoadmapItemView> ofTeam = kept.get(team);
        return ofTeam != null ? ofTeam.get(ideaId) : store.get(RoadmapItemView.key(team, ideaId));
    }

    /** The team's items, delivered ones included, in the store's order. */
    List<RoadmapItemView> of(String team) {
        NavigableMap<String, RoadmapItemView> ofTeam = kept.get(team);
        if (ofTeam == null) {
            ofTeam = new TreeMap<>();
            try (var range = store.prefixScan(RoadmapItemView.teamPrefix(team), Serdes.String().serializer())) {
                NavigableMap<String, RoadmapItemView> scanned = ofTeam;
                range.forEachRemaining(entry -> scanned.put(entry.value.ideaId(), entry.value));
            }
            if (keptItems + ofTeam.size() > keptAtMost) {
                kept.clear();
                keptItems = 0;
            }
            kept.put(team, ofTeam);
            keptItems += ofTeam.size();
        }
        return new ArrayList<>(ofTeam.values());
    }

    void put(RoadmapItemView item) {
        store.put(RoadmapItemView.key(item.team(), item.ideaId()), item);
        NavigableMap<String, RoadmapItemView> ofTeam = kept.get(item.team());
        if (ofTeam != null && ofTeam.put(item.ideaId(), item) == null) {
            keptItems++;
        }
    }

    void delete(String team, String ideaId) {
        store.delete(RoadmapItemView.key(team, ideaId));
        NavigableMap<String, RoadmapItemView> ofTeam = kept.get(team);
        if (ofTeam != null && ofTeam.remove(ideaId) != null) {
            keptItems--;
        }
    }
}
