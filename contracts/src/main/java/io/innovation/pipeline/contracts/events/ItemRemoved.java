package io.innovation.pipeline.contracts.events;

import java.time.Instant;

/**
 * Event: an item left its team's roadmap because its idea is no longer approved (rejected, parked, sent back for
 * information, withdrawn, or a new version waiting at the gate); the items after it may move up.
 *
 * @param wasStart the first period it was planned for, or null if it was backlogged
 * @param wasEnd   the last period it was planned for, or null if it was backlogged
 * @param reason   why it left, naming the decision that took it off
 * @param actor    who caused it: the person behind the decision, or the policy
 */
public record ItemRemoved(
        String ideaId,
        String team,
        String title,
        String wasStart,
        String wasEnd,
        String reason,
        Instant removedAt,
        String actor) {
}
