package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/** Event: a planner released an item's pin. Keyed by the idea id; the periods are where it is planned now. */
public record ItemUnpinned(String ideaId, String team, String title, String startPeriod, String endPeriod,
                           List<String> dependsOn, Instant unpinnedAt, String actor) {
}
