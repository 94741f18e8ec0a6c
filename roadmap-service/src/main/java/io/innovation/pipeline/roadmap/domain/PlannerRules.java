package io.innovation.pipeline.roadmap.domain;

import java.util.Optional;

/**
 * What planners may do to a team's roadmap, and why not when they may not. Each method answers the refusal in
 * words, or empty when the change is allowed.
 */
public final class PlannerRules {

    private PlannerRules() {
    }

    /** Started work keeps its slot, so a period's capacity cannot go below the weeks started items hold in it. */
    public static Optional<String> refuseCapacity(String team, Period period, double weeks, double startedWeeks) {
        if (Weeks.capacityInHundredths(weeks) < Weeks.inHundredths(startedWeeks)) {
            return Optional.of("is below the " + Weeks.format(startedWeeks) + " weeks that started work of team " + team
                    + " holds in " + period + " (a started item keeps its slot)");
        }
        return Optional.empty();
    }

    public static Optional<String> refusePin(ItemStatus status, Period period, Period horizonStart) {
        return switch (status) {
            case IN_PROGRESS -> Optional.of("is in progress and keeps the slot it started in");
            case DELIVERED -> Optional.of("is delivered");
            default -> horizonStart != null && period.compareTo(horizonStart) < 0
                    ? Optional.of("cannot be pinned to " + period + ": the team's horizon starts in " + horizonStart)
                    : Optional.empty();
        };
    }

    public static Optional<String> refuseUnpin(ItemStatus status, Period pinnedTo) {
        if (status == ItemStatus.DELIVERED) {
            return Optional.of("is delivered");
        }
        return pinnedTo == null ? Optional.of("is not pinned") : Optional.empty();
    }

    /** Only a scheduled item has a slot to start in. */
    public static Optional<String> refuseStart(ItemStatus status) {
        return switch (status) {
            case SCHEDULED -> Optional.empty();
            case IN_PROGRESS -> Optional.of("is already in progress");
            case DELIVERED -> Optional.of("is delivered");
            case BACKLOGGED -> Optional.of("is backlogged: it has no slot to start in");
            case PENDING -> Optional.of("is being planned: start it once it has a slot");
        };
    }

    public static Optional<String> refuseDeliver(ItemStatus status) {
        return status == ItemStatus.DELIVERED ? Optional.of("is already delivered") : Optional.empty();
    }
}
