package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: an item was delivered. Keyed by the idea id. It left the plan and its capacity is free; items that
 * depended on it no longer wait for it.
 *
 * @param startPeriod the first period it was planned for (null if it was delivered from the backlog)
 * @param endPeriod   the last period it was planned for (null if it was delivered from the backlog)
 */
public record ItemDelivered(String ideaId, String team, String title, String startPeriod, String endPeriod,
                            Instant deliveredAt, String actor) {
}
