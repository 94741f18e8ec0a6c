package io.innovation.pipeline.roadmap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.platform.stream.JsonSerde;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The items kept decoded between re-plans are always what the store holds, whatever the writes and the bound. */
class TeamItemsTest {

    private static final List<String> TEAMS = List.of("web", "identity", "payments");

    @Test
    void randomWritesAndReadsSeeWhatTheStoreHolds() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            KeyValueStore<String, RoadmapItemView> store = store();
            // a small bound, so that letting everything go happens often
            TeamItems items = new TeamItems(store, 25);
            for (int step = 0; step < 400; step++) {
                String team = TEAMS.get(random.nextInt(TEAMS.size()));
                String ideaId = "idea-" + random.nextInt(15);
                switch (random.nextInt(4)) {
                    case 0, 1 -> items.put(item(team, ideaId, random.nextInt(100)));
                    case 2 -> items.delete(team, ideaId);
                    default -> {
                        assertThat(items.of(team)).as("seed %d step %d", seed, step).isEqualTo(scanned(store, team));
                        assertThat(items.get(team, ideaId)).isEqualTo(store.get(RoadmapItemView.key(team, ideaId)));
                    }
                }
            }
            for (String team : TEAMS) {
                assertThat(items.of(team)).isEqualTo(scanned(store, team));
            }
        }
    }

    @Test
    void aTeamReadOnceSeesLaterWritesWithoutReadingTheStoreAgain() {
        KeyValueStore<String, RoadmapItemView> store = store();
        TeamItems items = new TeamItems(store);
        items.put(item("web", "a", 10));
        assertThat(items.of("web")).extracting(RoadmapItemView::ideaId).containsExactly("a");

        items.put(item("web", "c", 30));
        items.put(item("web", "b", 20));
        items.put(item("identity", "x", 5));
        items.delete("web", "a");

        assertThat(items.of("web")).extracting(RoadmapItemView::ideaId).containsExactly("b", "c");
        assertThat(items.get("web", "c").priority()).isEqualTo(30);
        assertThat(items.of("identity")).extracting(RoadmapItemView::ideaId).containsExactly("x");
    }

    private static List<RoadmapItemView> scanned(KeyValueStore<String, RoadmapItemView> store, String team) {
        List<RoadmapItemView> found = new ArrayList<>();
        try (var range = store.prefixScan(RoadmapItemView.teamPrefix(team), Serdes.String().serializer())) {
            range.forEachRemaining(entry -> found.add(entry.value));
        }
        return found;
    }

    private static RoadmapItemView item(String team, String ideaId, double priority) {
        return new RoadmapItemView(ideaId, team, "Idea " + ideaId, "PENDING", null, null, List.of(), 0, priority, 2.0,
                null, null, null, List.of(), null, List.of(), List.of(), List.of());
    }

    private static KeyValueStore<String, RoadmapItemView> store() {
        KeyValueStore<String, RoadmapItemView> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("team-items"),
                        Serdes.String(), JsonSerde.of(RoadmapItemView.class))
                .withLoggingDisabled().withCachingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }
}
