package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.endOf;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.holdingBack;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.hundredths;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.inProgress;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.isCandidate;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.keptOfSlot;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.scheduled;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.where;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchedulerProperties {

    @Test
    void noPeriodIsOverbookedWhenTheStartedItemsFit() {
        check(Team.teams(), team -> PlanInvariants.noPeriodIsOverbookedWhenTheStartedItemsFit(team, team.plan()));
    }

    @Test
    void startedItemsKeepTheirSlotInTheHorizon() {
        check(Team.teams(), team -> PlanInvariants.startedItemsKeepTheirSlot(team, team.plan()));
    }

    @Test
    void scheduledItemsTakeConsecutivePeriodsInTheHorizonAddingUpToTheirEffort() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();

            for (Placement.Scheduled item : scheduled(plan)) {
                if (inProgress(team, item)) {
                    continue;
                }
                List<Allocation> allocations = item.allocations();
                assertThat(item.start()).isGreaterThanOrEqualTo(plan.horizonStart());
                assertThat(item.end()).isLessThanOrEqualTo(plan.horizonEnd());
                for (int i = 0; i < allocations.size(); i++) {
                    assertThat(allocations.get(i).period()).isEqualTo(item.start().plus(i));
                    assertThat(allocations.get(i).weeks()).isPositive();
                }
                long total = allocations.stream().mapToLong(allocation -> hundredths(allocation.weeks())).sum();
                assertThat(total).isEqualTo(hundredths(team.candidate(item.ideaId()).effortWeeks()));
                assertThat(item.effortWeeks()).isEqualTo(team.candidate(item.ideaId()).effortWeeks());
            }
        });
    }

    @Test
    void itemsStartAfterTheirDependenciesEndAndWaitForBackloggedOnes() {
        check(Team.teams(), team ->
                PlanInvariants.itemsStartAfterTheirDependenciesEndAndWaitForBackloggedOnes(team, team.plan()));
    }

    @Test
    void cyclesAreBackloggedAndWithinTheTeamAfterEverythingThatDoesNotWaitOnOne() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();
            Set<String> onCycles = onCycles(team, false);
            Set<String> onAnyCycle = onCycles(team, true);
            Set<String> waitingOnCycles = waitingOnCycles(team, onCycles);

            for (Placement item : plan.placements()) {
                boolean namesACycle = item.reason().contains("dependency cycle");
                assertThat(namesACycle).as("%s names a cycle: %s", item.ideaId(), item.reason())
                        .isEqualTo(onAnyCycle.contains(item.ideaId()));
                assertThat(item.reason().contains(" across teams "))
                        .isEqualTo(onAnyCycle.contains(item.ideaId()) && !onCycles.contains(item.ideaId()));
                if (waitingOnCycles.contains(item.ideaId()) || onAnyCycle.contains(item.ideaId())) {
                    assertThat(item).isInstanceOf(Placement.Backlogged.class);
                }
            }
            int lastFree = plan.placements().stream()
                    .filter(item -> !waitingOnCycles.contains(item.ideaId())).mapToInt(Placement::rank).max().orElse(0);
            int firstOnCycle = plan.placements().stream()
                    .filter(item -> onCycles.contains(item.ideaId())).mapToInt(Placement::rank).min()
                    .orElse(lastFree + 1);
            assertThat(lastFree).isLessThan(firstOnCycle);
        });
    }

    @Test
    void dependenciesOutsideCyclesAreRankedFirst() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();
            Set<String> onCycles = onCycles(team, false);

            for (Placement item : plan.placements()) {
                if (!onCycles.contains(item.ideaId()) && !inProgress(team, item)) {
                    for (String dependencyId : onRoadmap(team, item.ideaId())) {
                        assertThat(plan.placementOf(dependencyId).orElseThrow().rank()).isLessThan(item.rank());
                    }
                }
            }
        });
    }

    @Test
    void withoutDependenciesTheRankFollowsProgressPinPriorityApprovalAndId() {
        check(Team.teams(), team -> {
            List<RoadmapCandidate> independent = team.candidates().stream()
                    .map(c -> new RoadmapCandidate(c.ideaId(), c.title(), c.effortWeeks(), c.priority(), c.approvedAt(),
                            c.pinnedTo(), c.started(), List.of()))
                    .toList();
            List<String> expected = independent.stream()
                    .sorted(Comparator.comparing(RoadmapCandidate::inProgress).reversed()
                            .thenComparing(Comparator.comparing(RoadmapCandidate::pinned).reversed())
                            .thenComparing(Comparator.comparing(RoadmapCandidate::priority).reversed())
                            .thenComparing(RoadmapCandidate::approvedAt)
                            .thenComparing(RoadmapCandidate::ideaId))
                    .map(RoadmapCandidate::ideaId)
                    .toList();

            assertThat(team.plan(independent).placements()).extracting(Placement::ideaId)
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void theOrderOfTheCandidatesDoesNotMatter() {
        check(Team.teams(), longs().all(), (team, seed) -> {
            Random random = new Random(seed);
            List<RoadmapCandidate> shuffled = new ArrayList<>(team.candidates());
            Collections.shuffle(shuffled, random);

            assertThat(team.plan(shuffled)).isEqualTo(team.plan());
        });
    }

    @Test
    void everyCandidateIsPlacedOnceWithRanksOneToN() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();

            assertThat(plan.placements()).extracting(Placement::ideaId)
                    .containsExactlyInAnyOrderElementsOf(
                            team.candidates().stream().map(RoadmapCandidate::ideaId).toList());
            assertThat(plan.placements()).extracting(Placement::rank)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, team.candidates().size()).boxed().toList());
            assertThat(plan.placements()).allSatisfy(item -> assertThat(item.reason())
                    .startsWith("Rank " + item.rank() + " of " + team.candidates().size() + " for team identity"));
        });
    }

    /**
     * Pinned and unpinned items alike, and started ones. Without other teams' items: through them
     * a lower-ranked item can close a cycle that backlogs a higher-ranked one.
     */
    @Test
    void lowerRankedItemsDoNotMoveAnIndependentItem() {
        check(Team.teams(), team -> {
            Team alone = team.with(Map.of());
            RoadmapPlan plan = alone.plan();

            for (Placement item : plan.placements()) {
                if (!team.candidate(item.ideaId()).dependsOn().isEmpty()) {
                    continue;
                }
                List<RoadmapCandidate> rankedUpToItem = plan.placements().stream()
                        .filter(other -> other.rank() <= item.rank())
                        .map(other -> team.candidate(other.ideaId()))
                        .toList();
                Placement without = alone.plan(rankedUpToItem).placementOf(item.ideaId()).orElseThrow();
                assertThat(where(without)).as("%s with lower-ranked items removed", item.ideaId())
                        .isEqualTo(where(item));
            }
        });
    }

    /**
     * Checked against what higher-ranked items left in each period: a started item takes its slot;
     * a pinned item starts in its pinned period when it fits there after its dependencies; any
     * other scheduled item starts at the first start that fits, and takes all that is free until
     * its last period; a backlogged item that waits for nothing backlogged fits at no start.
     */
    @Test
    void eachItemTakesThePinnedOrEarliestRoomLeftByHigherRankedItems() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();
            List<Period> periods = plan.periods();
            long[] free = periods.stream()
                    .mapToLong(period -> hundredths(team.capacity().weeksIn(period))).toArray();

            for (Placement item : plan.placements()) {
                RoadmapCandidate candidate = team.candidate(item.ideaId());
                if (candidate.inProgress()) {
                    for (Allocation allocation : keptOfSlot(candidate, plan)) {
                        int q = periods.indexOf(allocation.period());
                        if (q >= 0) {
                            free[q] -= hundredths(allocation.weeks());
                        }
                    }
                    continue;
                }
                List<Period> ends = holdingBack(team, item.ideaId()).stream()
                        .map(id -> endOf(team, plan, id)).toList();
                if (item.reason().contains("dependency cycle") || ends.contains(null)) {
                    continue;
                }
                int earliest = ends.stream()
                        .mapToInt(end -> Math.max(0, plan.horizonStart().periodsUntil(end) + 1))
                        .max().orElse(0);
                long effort = hundredths(item.effortWeeks());
                int pinned = candidate.pinned() ? plan.horizonStart().periodsUntil(candidate.pinnedTo()) : -1;
                int firstFit = pinned >= earliest && pinned < periods.size() && roomInARunFrom(free, pinned) >= effort
                        ? pinned
                        : IntStream.range(earliest, periods.size())
                                .filter(start -> roomInARunFrom(free, start) >= effort)
                                .findFirst().orElse(-1);
                if (item instanceof Placement.Scheduled scheduled) {
                    assertThat(periods.get(firstFit)).as("start of %s", item.ideaId()).isEqualTo(scheduled.start());
                    assertThat(item.reason().contains("the " + team.horizonStart().kind().word() + " it is pinned to")).isEqualTo(firstFit == pinned);
                    assertThat(item.reason().contains("but it cannot start there"))
                            .isEqualTo(candidate.pinned() && firstFit != pinned);
                    List<Allocation> allocations = scheduled.allocations();
                    for (int i = 0; i < allocations.size(); i++) {
                        int q = periods.indexOf(allocations.get(i).period());
                        long taken = hundredths(allocations.get(i).weeks());
                        if (i < allocations.size() - 1) {
                            assertThat(taken).as("%s takes all that is free in %s", item.ideaId(), periods.get(q))
                                    .isEqualTo(free[q]);
                        }
                        free[q] -= taken;
                    }
                } else {
                    assertThat(firstFit).as("%s would fit: %s", item.ideaId(), item.reason()).isEqualTo(-1);
                }
            }
        });
    }

    private static long roomInARunFrom(long[] free, int start) {
        long room = 0;
        for (int q = start; q < free.length && free[q] > 0; q++) {
            room += free[q];
        }
        return room;
    }

    /** Distinct dependencies of the item that are among the team's candidates. */
    private static List<String> onRoadmap(Team team, String ideaId) {
        return team.candidate(ideaId).dependsOn().stream().distinct().filter(id -> isCandidate(team, id)).toList();
    }

    /** What an item waits for: nothing while it is in progress. */
    private static List<String> waitsFor(Team team, String ideaId, boolean acrossTeams) {
        if (isCandidate(team, ideaId)) {
            RoadmapCandidate candidate = team.candidate(ideaId);
            return candidate.inProgress() ? List.of()
                    : acrossTeams ? holdingBack(team, ideaId) : onRoadmap(team, ideaId);
        }
        return team.elsewhere().get(ideaId).dependsOn().stream()
                .filter(id -> isCandidate(team, id) || team.elsewhere().containsKey(id)).toList();
    }

    /** Candidates from which following dependencies (through other teams' items too) leads back to themselves. */
    private static Set<String> onCycles(Team team, boolean acrossTeams) {
        Set<String> onCycles = new HashSet<>();
        for (RoadmapCandidate candidate : team.candidates()) {
            if (reachable(team, waitsFor(team, candidate.ideaId(), acrossTeams), acrossTeams)
                    .contains(candidate.ideaId())) {
                onCycles.add(candidate.ideaId());
            }
        }
        return onCycles;
    }

    /** Items on a cycle of this team, and items that depend on one within the team, directly or not. */
    private static Set<String> waitingOnCycles(Team team, Set<String> onCycles) {
        Set<String> waiting = new HashSet<>();
        for (RoadmapCandidate candidate : team.candidates()) {
            Set<String> reached = reachable(team, List.of(candidate.ideaId()), false);
            if (reached.stream().anyMatch(onCycles::contains)) {
                waiting.add(candidate.ideaId());
            }
        }
        return waiting;
    }

    /** The given ids and every item they lead to through dependencies. */
    private static Set<String> reachable(Team team, List<String> from, boolean acrossTeams) {
        Set<String> reached = new HashSet<>();
        List<String> toVisit = new ArrayList<>(from);
        while (!toVisit.isEmpty()) {
            String id = toVisit.remove(toVisit.size() - 1);
            if (reached.add(id)) {
                toVisit.addAll(waitsFor(team, id, acrossTeams));
            }
        }
        return reached;
    }

}
