package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: a planner pinned an item to start in {@code period}. Keyed by the idea id. {@code startPeriod} and
 * {@code endPeriod} are where the item is planned after the pin (null when it is backlogged); when the pin moved it,
 * an {@code ItemRescheduled} follows with the reason.
 */
public record ItemPinned(String ideaId, String team, String title, String period, String startPeriod, String endPeriod,
                         List<String> dependsOn, Instant pinnedAt, String actor) {
}
