package io.innovation.pipeline.roadmap.domain;

import io.innovation.pipeline.roadmap.domain.PlacementReasons.Dependency;
import io.innovation.pipeline.roadmap.domain.PlacementReasons.Pin;
import io.innovation.pipeline.roadmap.domain.PlacementReasons.PinConflict;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Places a team's approved ideas into the periods of a planning horizon.
 *
 * <p>Items are taken in rank order: in progress first, then pinned, then higher priority, earlier
 * approval, and the id; an item comes only after its dependencies on the same roadmap.
 * <ul>
 *   <li>An item in progress is booked exactly at its started slot and never moved; the parts of
 *   the slot outside the horizon are dropped, and a slot wholly outside the horizon is kept as it
 *   is (it books nothing in the horizon, but its dependents still start after it ends). It does
 *   not wait for its own dependencies: it has begun. It is booked even where that exceeds a
 *   period's capacity; callers refuse capacity below started work, so for valid inputs no
 *   period is overbooked.</li>
 *   <li>A pinned item starts in its pinned period when it fits there after its dependencies and
 *   higher-ranked items; otherwise it is placed like an unpinned item and its reason says why
 *   the pin could not be kept.</li>
 *   <li>Every other item starts in the earliest period from which it fits into consecutive
 *   periods with room, after its dependencies end, and uses only what higher-ranked items left.</li>
 * </ul>
 * Dependencies on other teams' items ({@code elsewhere}) hold an item back until they end, or
 * backlog it while they are backlogged; dependencies known nowhere do not hold it back. Items on
 * a dependency cycle, within the team or across teams, are backlogged. What does not fit is
 * backlogged. The plan is a pure function of its inputs, whatever the order of the candidates.
 */
public final class Scheduler {

    /** In progress, pinned, higher priority, earlier approval, id; written out, as it runs n log n times a plan. */
    private static final Comparator<RoadmapCandidate> BASE_ORDER = (a, b) -> {
        int order = Boolean.compare(b.inProgress(), a.inProgress());
        if (order == 0) {
            order = Boolean.compare(b.pinned(), a.pinned());
        }
        if (order == 0) {
            order = Double.compare(b.priority(), a.priority());
        }
        if (order == 0) {
            order = a.approvedAt().compareTo(b.approvedAt());
        }
        return order != 0 ? order : a.ideaId().compareTo(b.ideaId());
    };

    /** A team whose dependencies are all on its own roadmap, or known nowhere. */
    public RoadmapPlan plan(String team, Collection<RoadmapCandidate> candidates, Period horizonStart,
                            int horizonPeriods, TeamCapacity capacity) {
        return plan(team, candidates, horizonStart, horizonPeriods, capacity, Map.of());
    }

    /**
     * @param elsewhere other teams' items by id, as their latest plans have them; only those this
     *                  team's items depend on, directly or through each other, matter; an id that is
     *                  also one of this team's candidates is taken as the candidate
     */
    public RoadmapPlan plan(String team, Collection<RoadmapCandidate> candidates, Period horizonStart,
                            int horizonPeriods, TeamCapacity capacity, Map<String, ExternalItem> elsewhere) {
        if (team == null || team.isBlank()) {
            throw new IllegalArgumentException("team must not be blank");
        }
        Objects.requireNonNull(horizonStart, "horizonStart");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(elsewhere, "elsewhere");
        if (horizonPeriods < 1) {
            throw new IllegalArgumentException("horizonPeriods must be at least 1: " + horizonPeriods);
        }
        Map<String, RoadmapCandidate> byId = new HashMap<>(candidates.size() * 2);
        for (RoadmapCandidate candidate : candidates) {
            if (byId.putIfAbsent(candidate.ideaId(), candidate) != null) {
                throw new IllegalArgumentException("candidate listed twice: " + candidate.ideaId());
            }
        }
        Planning planning = new Planning(byId, elsewhere, cyclesAcrossTeams(byId, elsewhere), horizonStart,
                horizonPeriods, capacity, new PlacementReasons(team, byId.size(), horizonStart, horizonPeriods));
        List<Placement> placements = new ArrayList<>();
        for (Ranked ranked : rank(byId)) {
            placements.add(planning.place(ranked, placements.size() + 1));
        }
        return new RoadmapPlan(team, horizonStart, horizonPeriods, capacity, placements);
    }

    /** A candidate in rank order; {@code cycle} is the dependency cycle it is caught in, if any. */
    private record Ranked(RoadmapCandidate candidate, List<String> cycle) {
    }

    /**
     * Kahn's algorithm, taking the best ready item each time. Items in progress wait for nothing.
     * When only cycles and the items that wait on them are left, the items on a cycle come next,
     * in base order; the items that waited on them follow as they become ready.
     */
    private static List<Ranked> rank(Map<String, RoadmapCandidate> byId) {
        Map<String, Set<String>> waitingOn = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (RoadmapCandidate candidate : byId.values()) {
            Set<String> dependencies = candidate.inProgress()
                    ? new HashSet<>()
                    : candidate.dependsOn().stream()
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
        // Items in progress are ranked first, so every unranked item's dependencies count.
        Function<String, Collection<String>> dependencies = id -> new TreeSet<>(byId.get(id).dependsOn());
        return unranked.stream()
                .map(byId::get)
                .sorted(BASE_ORDER)
                .map(candidate -> new Ranked(candidate,
                        shortestCycle(candidate.ideaId(), dependencies, unranked::contains)))
                .filter(ranked -> !ranked.cycle().isEmpty())
                .toList();
    }

    /**
     * For each of this team's items on a dependency cycle through another team's item: the
     * shortest such cycle, [item, …, item]. Strongly connected components (Tarjan) of the
     * dependency graph of this team's items and the other teams' items they reach, from the items
     * that depend on another team's item directly; every such cycle runs through one of them.
     */
    private static Map<String, List<String>> cyclesAcrossTeams(Map<String, RoadmapCandidate> byId,
                                                               Map<String, ExternalItem> elsewhere) {
        // A cycle through another team's item leaves this team through one of these.
        List<String> leaving = byId.values().stream()
                .filter(candidate -> !candidate.inProgress() && candidate.dependsOn().stream()
                        .anyMatch(id -> !byId.containsKey(id) && elsewhere.containsKey(id)))
                .map(RoadmapCandidate::ideaId)
                .toList();
        if (leaving.isEmpty()) {
            return Map.of();
        }
        Function<String, Collection<String>> dependencies = id -> {
            RoadmapCandidate candidate = byId.get(id);
            List<String> ids = candidate == null ? elsewhere.get(id).dependsOn()
                    : candidate.inProgress() ? List.of() : candidate.dependsOn();
            return ids.stream().filter(dependency -> byId.containsKey(dependency) || elsewhere.containsKey(dependency))
                    .collect(Collectors.toCollection(TreeSet::new));
        };
        Map<String, List<String>> cycles = new HashMap<>();
        for (Set<String> component : stronglyConnected(leaving, dependencies)) {
            if (component.stream().allMatch(byId::containsKey) || component.stream().noneMatch(byId::containsKey)) {
                continue;
            }
            for (String id : component) {
                if (byId.containsKey(id)) {
                    cycles.put(id, shortestCycle(id, dependencies, component::contains));
                }
            }
        }
        return cycles;
    }

    /** Components of more than one node reachable from {@code roots}, by Tarjan's algorithm without recursion. */
    private static List<Set<String>> stronglyConnected(Collection<String> roots,
                                                       Function<String, Collection<String>> successors) {
        record Frame(String id, Iterator<String> successors) {
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String root : roots) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Frame> path = new ArrayDeque<>();
            index.put(root, index.size());
            low.put(root, index.get(root));
            stack.push(root);
            onStack.add(root);
            path.push(new Frame(root, successors.apply(root).iterator()));
            while (!path.isEmpty()) {
                Frame frame = path.peek();
                if (frame.successors().hasNext()) {
                    String next = frame.successors().next();
                    if (!index.containsKey(next)) {
                        index.put(next, index.size());
                        low.put(next, index.get(next));
                        stack.push(next);
                        onStack.add(next);
                        path.push(new Frame(next, successors.apply(next).iterator()));
                    } else if (onStack.contains(next)) {
                        low.merge(frame.id(), index.get(next), Math::min);
                    }
                    continue;
                }
                path.pop();
                if (!path.isEmpty()) {
                    low.merge(path.peek().id(), low.get(frame.id()), Math::min);
                }
                if (low.get(frame.id()).equals(index.get(frame.id()))) {
                    Set<String> component = new HashSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(frame.id()));
                    if (component.size() > 1) {
                        components.add(component);
                    }
                }
            }
        }
        return components;
    }

    /** Breadth-first along dependencies back to {@code start}: [start, …, start], or empty. */
    private static List<String> shortestCycle(String start, Function<String, Collection<String>> dependencies,
                                              Predicate<String> among) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String dependency : dependencies.apply(id)) {
                if (!among.test(dependency) || reachedFrom.containsKey(dependency)) {
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

    /** The state of one planning run: what each period can take and what is booked so far. */
    private static final class Planning {

        private final Map<String, RoadmapCandidate> byId;
        private final Map<String, ExternalItem> elsewhere;
        private final Map<String, List<String>> cyclesAcrossTeams;
        private final Period horizonStart;
        private final long[] capacity;
        private final long[] used;
        private final PlacementReasons reasons;
        private final Map<String, Placement> placed;

        Planning(Map<String, RoadmapCandidate> byId, Map<String, ExternalItem> elsewhere,
                 Map<String, List<String>> cyclesAcrossTeams, Period horizonStart, int horizonPeriods,
                 TeamCapacity teamCapacity, PlacementReasons reasons) {
            this.byId = byId;
            this.elsewhere = elsewhere;
            this.cyclesAcrossTeams = cyclesAcrossTeams;
            this.horizonStart = horizonStart;
            this.capacity = new long[horizonPeriods];
            this.used = new long[horizonPeriods];
            this.reasons = reasons;
            this.placed = new HashMap<>(byId.size() * 2);
            for (int q = 0; q < horizonPeriods; q++) {
                capacity[q] = Weeks.capacityInHundredths(teamCapacity.weeksIn(horizonStart.plus(q)));
            }
        }

        Placement place(Ranked ranked, int rank) {
            Placement placement = decide(ranked, rank);
            placed.put(placement.ideaId(), placement);
            return placement;
        }

        private Placement decide(Ranked ranked, int rank) {
            RoadmapCandidate candidate = ranked.candidate();
            String header = reasons.header(rank, candidate);
            if (candidate.inProgress()) {
                return bookStarted(candidate, rank, header);
            }
            if (!ranked.cycle().isEmpty()) {
                return backlogged(candidate, rank, reasons.onCycle(header, ranked.cycle()));
            }
            List<String> acrossTeams = cyclesAcrossTeams.get(candidate.ideaId());
            if (acrossTeams != null) {
                List<String> others = acrossTeams.stream().filter(id -> !byId.containsKey(id)).toList();
                return backlogged(candidate, rank, reasons.onCycleAcrossTeams(header,
                        acrossTeams.stream().map(id -> byId.containsKey(id) ? id : PlacementReasons.ofTeam(elsewhere.get(id)))
                                .toList(),
                        PlacementReasons.teamsOf(reasons.team(), others, elsewhere)));
            }
            List<String> dependencies = candidate.dependsOn().stream().distinct().toList();
            List<String> unknown = dependencies.stream()
                    .filter(id -> !byId.containsKey(id) && !elsewhere.containsKey(id)).toList();
            List<String> backloggedHere = dependencies.stream()
                    .filter(id -> placed.get(id) instanceof Placement.Backlogged).toList();
            List<ExternalItem> backloggedThere = dependencies.stream()
                    .filter(id -> !byId.containsKey(id) && elsewhere.containsKey(id) && elsewhere.get(id).backlogged())
                    .map(elsewhere::get).toList();
            if (!backloggedHere.isEmpty() || !backloggedThere.isEmpty()) {
                return backlogged(candidate, rank, reasons.waiting(header, backloggedHere, backloggedThere, unknown));
            }
            List<Dependency> after = new ArrayList<>();
            for (String id : dependencies) {
                if (placed.get(id) instanceof Placement.Scheduled here) {
                    after.add(new Dependency(id, null, here.end()));
                } else if (!byId.containsKey(id) && elsewhere.containsKey(id)) {
                    ExternalItem there = elsewhere.get(id);
                    after.add(new Dependency(id, there.team(), there.end()));
                }
            }
            Dependency lastToEnd = after.stream().max(Comparator.comparing(Dependency::end)).orElse(null);
            int earliest = lastToEnd == null ? 0 : Math.max(0, horizonStart.periodsUntil(lastToEnd.end()) + 1);
            long effort = Weeks.effortInHundredths(candidate.effortWeeks());

            Pin pin = null;
            if (candidate.pinned()) {
                int pinned = horizonStart.periodsUntil(candidate.pinnedTo());
                if (pinned < 0 || pinned >= used.length) {
                    pin = new Pin(candidate.pinnedTo(), PinConflict.OUTSIDE_HORIZON, 0, 0, effort, null);
                } else if (pinned < earliest) {
                    pin = new Pin(candidate.pinnedTo(), PinConflict.DEPENDENCIES, 0, 0, effort, lastToEnd);
                } else if (takesFrom(pinned, effort).length > 0) {
                    return scheduled(candidate, rank, header, after, unknown, Pin.kept(candidate.pinnedTo()),
                            earliest, pinned, takesFrom(pinned, effort));
                } else if (capacity[pinned] - used[pinned] <= 0) {
                    pin = new Pin(candidate.pinnedTo(), PinConflict.PERIOD_FULL, capacity[pinned], 0, effort, null);
                } else {
                    pin = new Pin(candidate.pinnedTo(), PinConflict.NO_ROOM_FROM_THERE, capacity[pinned],
                            roomInARunFrom(pinned), effort, null);
                }
            }
            for (int start = earliest; start < used.length; start++) {
                long[] takes = takesFrom(start, effort);
                if (takes.length > 0) {
                    return scheduled(candidate, rank, header, after, unknown, pin, earliest, start, takes);
                }
            }
            long free = 0;
            for (int q = earliest; q < used.length; q++) {
                free += Math.max(0, capacity[q] - used[q]);
            }
            return backlogged(candidate, rank,
                    reasons.backlogged(header, after, unknown, pin, earliest, effort, free));
        }

        /** Books the part of the started slot in the horizon, whatever room is left there. */
        private Placement.Scheduled bookStarted(RoadmapCandidate candidate, int rank, String header) {
            List<Allocation> inHorizon = new ArrayList<>();
            for (Allocation allocation : candidate.started()) {
                int q = horizonStart.periodsUntil(allocation.period());
                if (q >= 0 && q < used.length) {
                    used[q] += Weeks.inHundredths(allocation.weeks());
                    inHorizon.add(allocation);
                }
            }
            List<Allocation> booked = inHorizon.isEmpty() ? candidate.started() : inHorizon;
            return new Placement.Scheduled(candidate.ideaId(), candidate.title(), rank, candidate.priority(),
                    candidate.effortWeeks(), booked, List.of(), List.of(), candidate.pinnedTo(), true,
                    reasons.inProgress(header, booked, inHorizon.isEmpty()));
        }

        /** Weeks taken in each period from {@code start} on, or none if the effort does not fit there. */
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

        private long roomInARunFrom(int start) {
            long room = 0;
            for (int q = start; q < used.length && capacity[q] - used[q] > 0; q++) {
                room += capacity[q] - used[q];
            }
            return room;
        }

        private Placement.Scheduled scheduled(RoadmapCandidate candidate, int rank, String header,
                                              List<Dependency> after, List<String> unknown, Pin pin, int earliest,
                                              int start, long[] takes) {
            PlacementReasons.Start facts = new PlacementReasons.Start(earliest, start, used[start], capacity[start],
                    start > 0 && capacity[start - 1] == 0);
            String reason = reasons.scheduled(header, after, unknown, pin, facts, takes);
            List<Allocation> allocations = new ArrayList<>();
            for (int i = 0; i < takes.length; i++) {
                used[start + i] += takes[i];
                allocations.add(new Allocation(horizonStart.plus(start + i), Weeks.fromHundredths(takes[i])));
            }
            List<ExternalItem> externalAfter = after.stream()
                    .filter(dependency -> dependency.team() != null)
                    .map(dependency -> elsewhere.get(dependency.ideaId()))
                    .toList();
            return new Placement.Scheduled(candidate.ideaId(), candidate.title(), rank, candidate.priority(),
                    candidate.effortWeeks(), allocations, after.stream().map(Dependency::ideaId).toList(),
                    externalAfter, candidate.pinnedTo(), false, reason);
        }

        private static Placement.Backlogged backlogged(RoadmapCandidate candidate, int rank, String reason) {
            return new Placement.Backlogged(candidate.ideaId(), candidate.title(), rank, candidate.priority(),
                    candidate.effortWeeks(), reason);
        }
    }
}
