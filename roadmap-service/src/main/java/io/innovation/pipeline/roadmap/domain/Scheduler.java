package io.innovation.pipeline.roadmap.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Places a team's approved ideas into the quarters of a planning horizon.
 *
 * <p>Items are taken in rank order: pinned first, then higher priority, earlier approval, and
 * the id; an item comes only after its dependencies on the same roadmap. Each item starts in
 * the earliest quarter from which it fits into consecutive quarters with room, after its
 * dependencies end, and uses only what higher-ranked items left. What does not fit is
 * backlogged. The plan is a pure function of its inputs, whatever the order of the candidates.
 */
public final class Scheduler {

    private static final Comparator<RoadmapCandidate> BASE_ORDER = Comparator
            .comparing((RoadmapCandidate candidate) -> !candidate.pinned())
            .thenComparing(RoadmapCandidate::priority, Comparator.reverseOrder())
            .thenComparing(RoadmapCandidate::approvedAt)
            .thenComparing(RoadmapCandidate::ideaId);

    public RoadmapPlan plan(String team, Collection<RoadmapCandidate> candidates, Quarter horizonStart,
                            int horizonQuarters, TeamCapacity capacity) {
        if (team == null || team.isBlank()) {
            throw new IllegalArgumentException("team must not be blank");
        }
        Objects.requireNonNull(horizonStart, "horizonStart");
        Objects.requireNonNull(capacity, "capacity");
        if (horizonQuarters < 1) {
            throw new IllegalArgumentException("horizonQuarters must be at least 1: " + horizonQuarters);
        }
        Map<String, RoadmapCandidate> byId = new HashMap<>();
        for (RoadmapCandidate candidate : candidates) {
            if (byId.putIfAbsent(candidate.ideaId(), candidate) != null) {
                throw new IllegalArgumentException("candidate listed twice: " + candidate.ideaId());
            }
        }
        Planning planning = new Planning(team, byId, horizonStart, horizonQuarters, capacity);
        List<Placement> placements = new ArrayList<>();
        for (Ranked ranked : rank(byId)) {
            placements.add(planning.place(ranked, placements.size() + 1));
        }
        return new RoadmapPlan(team, horizonStart, horizonQuarters, capacity, placements);
    }

    /** A candidate in rank order; {@code cycle} is the dependency cycle it is caught in, if any. */
    private record Ranked(RoadmapCandidate candidate, List<String> cycle) {
    }

    /**
     * Kahn's algorithm, taking the best ready item each time. When only cycles and the items
     * that wait on them are left, the items on a cycle come next, in base order; the items
     * that waited on them follow as they become ready.
     */
    private static List<Ranked> rank(Map<String, RoadmapCandidate> byId) {
        Map<String, Set<String>> waitingOn = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (RoadmapCandidate candidate : byId.values()) {
            Set<String> dependencies = candidate.dependsOn().stream()
                    .filter(byId::containsKey)
                    .collect(Collectors.toCollection(HashSet::new));
            waitingOn.put(candidate.ideaId(), dependencies);
            dependencies.forEach(id -> dependents.computeIfAbsent(id, key -> new ArrayList<>()).add(candidate.ideaId()));
        }
        TreeSet<RoadmapCandidate> ready = new TreeSet<>(BASE_ORDER);
        byId.values().stream().filter(candidate -> waitingOn.get(candidate.ideaId()).isEmpty()).forEach(ready::add);

        List<Ranked> ranking = new ArrayList<>();
        Set<String> rankedIds = new HashSet<>();
        while (ranking.size() < byId.size()) {
            List<Ranked> next = ready.isEmpty()
                    ? onCycles(byId, rankedIds)
                    : List.of(new Ranked(ready.pollFirst(), List.of()));
            next.forEach(ranked -> rankedIds.add(ranked.candidate().ideaId()));
            for (Ranked ranked : next) {
                ranking.add(ranked);
                for (String dependent : dependents.getOrDefault(ranked.candidate().ideaId(), List.of())) {
                    Set<String> waiting = waitingOn.get(dependent);
                    waiting.remove(ranked.candidate().ideaId());
                    if (waiting.isEmpty() && !rankedIds.contains(dependent)) {
                        ready.add(byId.get(dependent));
                    }
                }
            }
        }
        return ranking;
    }

    /** The unranked items that lie on a dependency cycle, in base order. */
    private static List<Ranked> onCycles(Map<String, RoadmapCandidate> byId, Set<String> rankedIds) {
        Set<String> unranked = new HashSet<>(byId.keySet());
        unranked.removeAll(rankedIds);
        return unranked.stream()
                .map(byId::get)
                .sorted(BASE_ORDER)
                .map(candidate -> new Ranked(candidate, shortestCycle(candidate.ideaId(), byId, unranked)))
                .filter(ranked -> !ranked.cycle().isEmpty())
                .toList();
    }

    /** Breadth-first along dependencies back to {@code start}: [start, …, start], or empty. */
    private static List<String> shortestCycle(String start, Map<String, RoadmapCandidate> byId, Set<String> among) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String dependency : new TreeSet<>(byId.get(id).dependsOn())) {
                if (!among.contains(dependency) || reachedFrom.containsKey(dependency)) {
                    continue;
                }
                reachedFrom.put(dependency, id);
                if (dependency.equals(start)) {
                    LinkedList<String> cycle = new LinkedList<>(List.of(start));
                    for (String step = reachedFrom.get(start); !step.equals(start); step = reachedFrom.get(step)) {
                        cycle.addFirst(step);
                    }
                    cycle.addFirst(start);
                    return List.copyOf(cycle);
                }
                queue.add(dependency);
            }
        }
        return List.of();
    }

    /** The state of one planning run: what each quarter can take and what is booked so far. */
    private static final class Planning {

        private final String team;
        private final Map<String, RoadmapCandidate> byId;
        private final Quarter horizonStart;
        private final long[] capacity;
        private final long[] used;
        private final Map<String, Placement> placed = new HashMap<>();

        Planning(String team, Map<String, RoadmapCandidate> byId, Quarter horizonStart, int horizonQuarters,
                 TeamCapacity teamCapacity) {
            this.team = team;
            this.byId = byId;
            this.horizonStart = horizonStart;
            this.capacity = new long[horizonQuarters];
            this.used = new long[horizonQuarters];
            for (int q = 0; q < horizonQuarters; q++) {
                capacity[q] = Weeks.capacityInHundredths(teamCapacity.weeksIn(quarter(q)));
            }
        }

        Placement place(Ranked ranked, int rank) {
            Placement placement = decide(ranked, rank);
            placed.put(placement.ideaId(), placement);
            return placement;
        }

        private Placement decide(Ranked ranked, int rank) {
            RoadmapCandidate candidate = ranked.candidate();
            String header = "Rank %d of %d for team %s (priority %s%s).".formatted(rank, byId.size(), team,
                    Wording.priority(candidate.priority()), candidate.pinned() ? ", pinned" : "");
            if (!ranked.cycle().isEmpty()) {
                return backlogged(candidate, rank, header + " Backlogged: it is part of the dependency cycle "
                        + String.join(" → ", ranked.cycle()) + ", so none of these can go first.");
            }
            List<String> onRoadmap = candidate.dependsOn().stream().distinct().filter(byId::containsKey).toList();
            String offRoadmap = offRoadmapClause(candidate);
            List<String> waitingFor = onRoadmap.stream()
                    .filter(id -> placed.get(id) instanceof Placement.Backlogged)
                    .toList();
            if (!waitingFor.isEmpty()) {
                return backlogged(candidate, rank, header + " Backlogged: it waits for " + Wording.names(waitingFor)
                        + (waitingFor.size() == 1 ? ", which is backlogged." : ", which are backlogged.") + offRoadmap);
            }
            List<Placement.Scheduled> dependencies = onRoadmap.stream()
                    .map(id -> (Placement.Scheduled) placed.get(id))
                    .toList();
            int earliest = dependencies.stream()
                    .mapToInt(dependency -> horizonStart.quartersUntil(dependency.end()) + 1)
                    .max().orElse(0);
            String context = afterClause(dependencies) + offRoadmap;
            long effort = Weeks.effortInHundredths(candidate.effortWeeks());
            for (int start = earliest; start < used.length; start++) {
                long[] takes = takesFrom(start, effort);
                if (takes.length > 0) {
                    String reason = header + context + " " + startClause(earliest, start) + spanClause(start, takes);
                    return scheduled(candidate, rank, onRoadmap, start, takes, reason);
                }
            }
            return backlogged(candidate, rank, header + " Backlogged: " + noRoom(earliest, effort) + context);
        }

        /** Weeks taken in each quarter from {@code start} on, or none if the effort does not fit there. */
        private long[] takesFrom(int start, long effort) {
            long[] takes = new long[used.length - start];
            long remaining = effort;
            int count = 0;
            for (int q = start; q < used.length && remaining > 0; q++) {
                long free = capacity[q] - used[q];
                if (free <= 0) {
                    return new long[0];
                }
                takes[count] = Math.min(free, remaining);
                remaining -= takes[count++];
            }
            return remaining == 0 ? Arrays.copyOf(takes, count) : new long[0];
        }

        private Placement.Scheduled scheduled(RoadmapCandidate candidate, int rank, List<String> after, int start,
                                              long[] takes, String reason) {
            List<Allocation> allocations = new ArrayList<>();
            for (int i = 0; i < takes.length; i++) {
                used[start + i] += takes[i];
                allocations.add(new Allocation(quarter(start + i), Weeks.fromHundredths(takes[i])));
            }
            return new Placement.Scheduled(candidate.ideaId(), candidate.title(), rank, candidate.priority(),
                    candidate.effortWeeks(), allocations, after, reason);
        }

        private static Placement.Backlogged backlogged(RoadmapCandidate candidate, int rank, String reason) {
            return new Placement.Backlogged(candidate.ideaId(), candidate.title(), rank, candidate.priority(),
                    candidate.effortWeeks(), reason);
        }

        private static String afterClause(List<Placement.Scheduled> dependencies) {
            if (dependencies.isEmpty()) {
                return "";
            }
            return " It comes after " + dependencies.stream()
                    .map(dependency -> dependency.ideaId() + ", which ends in " + dependency.end())
                    .collect(Collectors.joining(", and after ")) + ".";
        }

        private String offRoadmapClause(RoadmapCandidate candidate) {
            List<String> elsewhere = candidate.dependsOn().stream().distinct().filter(id -> !byId.containsKey(id)).toList();
            if (elsewhere.isEmpty()) {
                return "";
            }
            return " It depends on " + Wording.names(elsewhere) + (elsewhere.size() == 1
                    ? ", which is not on this team's roadmap and does not hold it back."
                    : ", which are not on this team's roadmap and do not hold it back.");
        }

        private String startClause(int earliest, int start) {
            String starts = "Starts in " + quarter(start);
            long taken = used[start];
            String taking = "already take " + Weeks.format(taken) + " of " + Weeks.format(capacity[start]) + " weeks";
            if (start == earliest) {
                return taken == 0
                        ? starts + (earliest == 0 ? ", the first quarter of the horizon" : ", right after its dependencies")
                        : starts + ", the earliest quarter with room: higher-ranked items " + taking + " there";
            }
            // Starting any earlier failed, so the quarter before the start has no room left.
            Quarter before = quarter(start - 1);
            boolean noCapacity = capacity[start - 1] == 0;
            String full = noCapacity ? before + " has no capacity" : "higher-ranked items fill " + before;
            String withRoom = starts + ", the earliest quarter with room: " + full;
            if (taken == 0) {
                return withRoom;
            }
            return withRoom + (noCapacity ? " and higher-ranked items " : " and ") + taking + " in " + quarter(start);
        }

        private String spanClause(int start, long[] takes) {
            if (takes.length == 1) {
                return "; fits in " + quarter(start) + " (" + Weeks.format(takes[0]) + " weeks).";
            }
            return "; spans " + Wording.span(quarter(start), quarter(start + takes.length - 1)) + " ("
                    + Arrays.stream(takes).mapToObj(Weeks::format).collect(Collectors.joining(" + ")) + " weeks).";
        }

        private String noRoom(int earliest, long effort) {
            int last = used.length - 1;
            String horizon = "the horizon " + Wording.span(quarter(0), quarter(last));
            if (earliest > last) {
                return "its dependencies end in the last quarter of " + horizon + ", so no quarter is left to start it.";
            }
            long free = 0;
            for (int q = earliest; q <= last; q++) {
                free += capacity[q] - used[q];
            }
            String where = earliest == 0
                    ? horizon
                    : Wording.span(quarter(earliest), quarter(last)) + ", the part of " + horizon + " after its dependencies";
            if (free < effort) {
                return "it needs %s weeks, but only %s weeks are free in %s after higher-ranked items."
                        .formatted(Weeks.format(effort), Weeks.format(free), where);
            }
            return "it needs %s weeks in consecutive quarters with room; %s weeks are free in %s after higher-ranked items, but full quarters split them."
                    .formatted(Weeks.format(effort), Weeks.format(free), where);
        }

        private Quarter quarter(int index) {
            return horizonStart.plus(index);
        }
    }
}
