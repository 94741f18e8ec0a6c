package io.innovation.pipeline.roadmap.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sentences that explain a placement. {@link Scheduler} decides where an item goes and hands
 * over the facts it decided on (rank, earliest period and why, what higher-ranked items left,
 * the pin, the dependencies); this class only writes them down. Periods are given as indexes
 * into the horizon, weeks in hundredths.
 */
final class PlacementReasons {

    /** A dependency that holds an item back; {@code team} is null for one on this team's roadmap. */
    record Dependency(String ideaId, String team, Period end) {
    }

    /** Where the item starts, and what higher-ranked items had booked there when it was placed. */
    record Start(int earliest, int start, long usedAtStart, long capacityAtStart, boolean noCapacityBefore) {
    }

    /** Why a pinned item could not start in its pinned period. */
    enum PinConflict { OUTSIDE_HORIZON, DEPENDENCIES, PERIOD_FULL, NO_ROOM_FROM_THERE }

    /**
     * A pin and whether it was kept.
     *
     * @param conflict null when the item starts in its pinned period
     * @param capacity capacity of the pinned period
     * @param free     for {@code NO_ROOM_FROM_THERE}: the weeks free in consecutive periods from the pinned one on
     * @param blocker  for {@code DEPENDENCIES}: the dependency that ends last
     */
    record Pin(Period period, PinConflict conflict, long capacity, long free, long effort, Dependency blocker) {

        static Pin kept(Period period) {
            return new Pin(period, null, 0, 0, 0, null);
        }
    }

    private final String team;
    private final int total;
    private final Period horizonStart;
    private final int horizonPeriods;
    /** What one period is called in reasons: quarter, month or sprint; and several. */
    private final String word;
    private final String words;

    PlacementReasons(String team, int total, Period horizonStart, int horizonPeriods) {
        this.team = team;
        this.total = total;
        this.horizonStart = horizonStart;
        this.horizonPeriods = horizonPeriods;
        this.word = horizonStart.kind().word();
        this.words = word + "s";
    }

    String team() {
        return team;
    }

    String header(int rank, RoadmapCandidate candidate) {
        String state = candidate.inProgress() ? ", in progress"
                : candidate.pinned() ? ", pinned to " + candidate.pinnedTo() : "";
        return "Rank " + rank + " of " + total + " for team " + team + " (priority "
                + Wording.priority(candidate.priority()) + state + ").";
    }

    /** @param booked the started slot's allocations that the plan keeps */
    String inProgress(String header, List<Allocation> booked, boolean wholeSlotOutsideHorizon) {
        Period start = booked.get(0).period();
        Period end = booked.get(booked.size() - 1).period();
        String weeks = booked.stream().map(allocation -> Weeks.format(allocation.weeks()))
                .collect(Collectors.joining(" + "));
        return header + " In progress: it keeps its slot " + Wording.span(start, end) + " (" + weeks + " weeks)"
                + (wholeSlotOutsideHorizon ? ", which lies outside " + horizon() : "") + ".";
    }

    String onCycle(String header, List<String> cycle) {
        return header + " Backlogged: it is part of the dependency cycle " + String.join(" → ", cycle)
                + ", so none of these can go first.";
    }

    /** @param cycle ids, those of other teams written with their team */
    String onCycleAcrossTeams(String header, List<String> cycle, List<String> teams) {
        return header + " Backlogged: it is part of the dependency cycle " + String.join(" → ", cycle)
                + " across teams " + Wording.names(teams) + ", so none of these can go first.";
    }

    String waiting(String header, List<String> backloggedHere, List<ExternalItem> backloggedElsewhere,
                   List<String> unknown) {
        StringBuilder reason = new StringBuilder(header).append(" Backlogged: it waits for ");
        if (!backloggedHere.isEmpty()) {
            reason.append(Wording.names(backloggedHere))
                    .append(backloggedHere.size() == 1 ? ", which is backlogged" : ", which are backlogged");
        }
        if (!backloggedElsewhere.isEmpty()) {
            reason.append(backloggedHere.isEmpty() ? "" : ", and for ")
                    .append(Wording.names(backloggedElsewhere.stream().map(PlacementReasons::ofTeam).toList()))
                    .append(backloggedElsewhere.size() == 1
                            ? ", which is backlogged there"
                            : ", which are backlogged there");
        }
        return reason.append(".").append(unknownClause(unknown)).toString();
    }

    String scheduled(String header, List<Dependency> after, List<String> unknown, Pin pin, Start start,
                     long[] takes) {
        String context = afterClause(after) + unknownClause(unknown);
        String placed;
        if (pin != null && pin.conflict() == null) {
            placed = "Starts in " + period(start.start()) + ", the " + word + " it is pinned to";
        } else if (pin != null) {
            placed = pinNotKept(pin) + "; starts in " + period(start.start()) + " instead";
        } else {
            placed = startClause(start);
        }
        return header + context + " " + placed + spanClause(start.start(), takes);
    }

    String backlogged(String header, List<Dependency> after, List<String> unknown, Pin pin, int earliest,
                      long effort, long free) {
        String pinned = pin == null ? "" : " " + pinNotKept(pin) + ".";
        return header + pinned + " Backlogged: " + noRoom(earliest, effort, free) + afterClause(after)
                + unknownClause(unknown);
    }

    private String pinNotKept(Pin pin) {
        String why = switch (pin.conflict()) {
            case OUTSIDE_HORIZON -> pin.period() + " is outside " + horizon();
            case DEPENDENCIES -> "it comes after " + name(pin.blocker()) + ", which ends in " + pin.blocker().end();
            case PERIOD_FULL -> pin.capacity() == 0
                    ? pin.period() + " has no capacity"
                    : "higher-ranked items take all " + Weeks.format(pin.capacity()) + " weeks of " + pin.period();
            case NO_ROOM_FROM_THERE -> ("it needs %s weeks, but only %s weeks are free in consecutive " + words + " from %s on")
                    .formatted(Weeks.format(pin.effort()), Weeks.format(pin.free()), pin.period());
        };
        return "Pinned to " + pin.period() + ", but it cannot start there: " + why;
    }

    private static String afterClause(List<Dependency> dependencies) {
        if (dependencies.isEmpty()) {
            return "";
        }
        return " It comes after " + dependencies.stream()
                .map(dependency -> name(dependency) + ", which ends in " + dependency.end())
                .collect(Collectors.joining(", and after ")) + ".";
    }

    private static String unknownClause(List<String> unknown) {
        if (unknown.isEmpty()) {
            return "";
        }
        return " It depends on " + Wording.names(unknown) + (unknown.size() == 1
                ? ", which is not on this team's roadmap and does not hold it back."
                : ", which are not on this team's roadmap and do not hold it back.");
    }

    private String startClause(Start start) {
        String starts = "Starts in " + period(start.start());
        long taken = start.usedAtStart();
        String taking = "already take " + Weeks.format(taken) + " of " + Weeks.format(start.capacityAtStart())
                + " weeks";
        if (start.start() == start.earliest()) {
            return taken == 0
                    ? starts + (start.earliest() == 0 ? ", the first " + word + " of the horizon" : ", right after its dependencies")
                    : starts + ", the earliest " + word + " with room: higher-ranked items " + taking + " there";
        }
        // Starting any earlier failed, so the period before the start has no room left.
        Period before = period(start.start() - 1);
        String full = start.noCapacityBefore() ? before + " has no capacity" : "higher-ranked items fill " + before;
        String withRoom = starts + ", the earliest " + word + " with room: " + full;
        if (taken == 0) {
            return withRoom;
        }
        return withRoom + (start.noCapacityBefore() ? " and higher-ranked items " : " and ") + taking + " in "
                + period(start.start());
    }

    private String spanClause(int start, long[] takes) {
        if (takes.length == 1) {
            return "; fits in " + period(start) + " (" + Weeks.format(takes[0]) + " weeks).";
        }
        return "; spans " + Wording.span(period(start), period(start + takes.length - 1)) + " ("
                + Arrays.stream(takes).mapToObj(Weeks::format).collect(Collectors.joining(" + ")) + " weeks).";
    }

    private String noRoom(int earliest, long effort, long free) {
        int last = horizonPeriods - 1;
        if (earliest > last) {
            return "its dependencies end " + (earliest == horizonPeriods ? "in the last " + word + " of " : "after ")
                    + horizon() + ", so no " + word + " is left to start it.";
        }
        String where = earliest == 0
                ? horizon()
                : Wording.span(period(earliest), period(last)) + ", the part of " + horizon() + " after its dependencies";
        if (free < effort) {
            return "it needs %s weeks, but only %s weeks are free in %s after higher-ranked items."
                    .formatted(Weeks.format(effort), Weeks.format(free), where);
        }
        return ("it needs %s weeks in consecutive " + words + " with room; %s weeks are free in %s after higher-ranked items, but full "
                + words + " split them.")
                .formatted(Weeks.format(effort), Weeks.format(free), where);
    }

    private String horizon() {
        return "the horizon " + Wording.span(horizonStart, period(horizonPeriods - 1));
    }

    private Period period(int index) {
        return horizonStart.plus(index);
    }

    private static String name(Dependency dependency) {
        return dependency.team() == null ? dependency.ideaId() : dependency.ideaId() + " of team " + dependency.team();
    }

    static String ofTeam(ExternalItem item) {
        return item.ideaId() + " of team " + item.team();
    }

    /** This team and the teams of {@code others}, other teams' item ids, each once and sorted. */
    static List<String> teamsOf(String team, List<String> others, Map<String, ExternalItem> elsewhere) {
        return Stream.concat(Stream.of(team), others.stream().map(id -> elsewhere.get(id).team()))
                .distinct().sorted().toList();
    }
}
