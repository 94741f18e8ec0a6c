package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchedulerProperties {

    @Test
    void noQuarterIsOverbooked() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();

            for (Quarter quarter : plan.quarters()) {
                long used = scheduled(plan).stream()
                        .flatMap(item -> item.allocations().stream())
                        .filter(allocation -> allocation.quarter().equals(quarter))
                        .mapToLong(allocation -> hundredths(allocation.weeks()))
                        .sum();
                assertThat(used).as("used in %s", quarter)
                        .isLessThanOrEqualTo(hundredths(team.capacity().weeksIn(quarter)));
                assertThat(hundredths(plan.usedWeeks().get(quarter))).isEqualTo(used);
            }
            assertThat(plan.usedWeeks()).hasSize(team.horizonQuarters());
            assertThat(plan.utilisation()).allSatisfy(quarter -> assertThat(quarter.ratio()).isBetween(0.0, 1.0));
        });
    }

    @Test
    void scheduledItemsTakeConsecutiveQuartersInTheHorizonAddingUpToTheirEffort() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();

            for (Placement.Scheduled item : scheduled(plan)) {
                List<Allocation> allocations = item.allocations();
                assertThat(item.start()).isGreaterThanOrEqualTo(plan.horizonStart());
                assertThat(item.end()).isLessThanOrEqualTo(plan.horizonEnd());
                for (int i = 0; i < allocations.size(); i++) {
                    assertThat(allocations.get(i).quarter()).isEqualTo(item.start().plus(i));
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
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();

            for (Placement item : plan.placements()) {
                List<String> dependencies = onRoadmap(team, item.ideaId());
                for (String dependencyId : dependencies) {
                    Placement dependency = plan.placementOf(dependencyId).orElseThrow();
                    if (dependency instanceof Placement.Backlogged) {
                        assertThat(item).as("%s waits for backlogged %s", item.ideaId(), dependencyId)
                                .isInstanceOf(Placement.Backlogged.class);
                    } else if (item instanceof Placement.Scheduled scheduled) {
                        assertThat(((Placement.Scheduled) dependency).end()).isLessThan(scheduled.start());
                    }
                }
                if (item instanceof Placement.Scheduled scheduled) {
                    assertThat(scheduled.scheduledAfter()).containsExactlyElementsOf(dependencies);
                }
            }
        });
    }

    @Test
    void cyclesAreBackloggedAfterEverythingThatDoesNotWaitOnOne() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();
            Set<String> onCycles = onCycles(team);
            Set<String> waitingOnCycles = waitingOnCycles(team, onCycles);

            for (Placement item : plan.placements()) {
                boolean namesACycle = item.reason().contains("dependency cycle");
                assertThat(namesACycle).as("%s names a cycle: %s", item.ideaId(), item.reason())
                        .isEqualTo(onCycles.contains(item.ideaId()));
                if (waitingOnCycles.contains(item.ideaId())) {
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
            Set<String> onCycles = onCycles(team);

            for (Placement item : plan.placements()) {
                if (!onCycles.contains(item.ideaId())) {
                    for (String dependencyId : onRoadmap(team, item.ideaId())) {
                        assertThat(plan.placementOf(dependencyId).orElseThrow().rank()).isLessThan(item.rank());
                    }
                }
            }
        });
    }

    @Test
    void withoutDependenciesTheRankFollowsPinPriorityApprovalAndId() {
        check(Team.teams(), team -> {
            List<RoadmapCandidate> independent = team.candidates().stream()
                    .map(c -> new RoadmapCandidate(c.ideaId(), c.title(), c.effortWeeks(), c.priority(), c.approvedAt(),
                            c.pinned(), List.of()))
                    .toList();
            List<String> expected = independent.stream()
                    .sorted(Comparator.comparing(RoadmapCandidate::pinned).reversed()
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

    @Test
    void lowerRankedItemsDoNotMoveAnIndependentItem() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();

            for (Placement item : plan.placements()) {
                if (!team.candidate(item.ideaId()).dependsOn().isEmpty()) {
                    continue;
                }
                List<RoadmapCandidate> rankedUpToItem = plan.placements().stream()
                        .filter(other -> other.rank() <= item.rank())
                        .map(other -> team.candidate(other.ideaId()))
                        .toList();
                Placement alone = team.plan(rankedUpToItem).placementOf(item.ideaId()).orElseThrow();
                assertThat(where(alone)).as("%s with lower-ranked items removed", item.ideaId()).isEqualTo(where(item));
            }
        });
    }

    /**
     * Checked against what higher-ranked items left in each quarter: a scheduled item starts at the
     * first start that fits and takes all that is free until its last quarter; a backlogged item
     * that waits for nothing backlogged fits at no start.
     */
    @Test
    void eachItemTakesTheEarliestRoomLeftByHigherRankedItems() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();
            List<Quarter> quarters = plan.quarters();
            long[] free = quarters.stream()
                    .mapToLong(quarter -> hundredths(team.capacity().weeksIn(quarter))).toArray();

            for (Placement item : plan.placements()) {
                List<Placement> dependencies = onRoadmap(team, item.ideaId()).stream()
                        .map(id -> plan.placementOf(id).orElseThrow()).toList();
                if (item.reason().contains("dependency cycle")
                        || dependencies.stream().anyMatch(Placement.Backlogged.class::isInstance)) {
                    continue;
                }
                int earliest = dependencies.stream()
                        .mapToInt(dependency -> quarters.indexOf(((Placement.Scheduled) dependency).end()) + 1)
                        .max().orElse(0);
                long effort = hundredths(item.effortWeeks());
                int firstFit = IntStream.range(earliest, quarters.size())
                        .filter(start -> roomInARunFrom(free, start) >= effort)
                        .findFirst().orElse(-1);
                if (item instanceof Placement.Scheduled scheduled) {
                    assertThat(quarters.get(firstFit)).as("start of %s", item.ideaId()).isEqualTo(scheduled.start());
                    List<Allocation> allocations = scheduled.allocations();
                    for (int i = 0; i < allocations.size(); i++) {
                        int q = quarters.indexOf(allocations.get(i).quarter());
                        long taken = hundredths(allocations.get(i).weeks());
                        if (i < allocations.size() - 1) {
                            assertThat(taken).as("%s takes all that is free in %s", item.ideaId(), quarters.get(q))
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

    /** Allocations of a scheduled item, or nothing for a backlogged one: its place, without rank or reason. */
    private static List<Allocation> where(Placement placement) {
        return placement instanceof Placement.Scheduled scheduled ? scheduled.allocations() : List.of();
    }

    private static List<Placement.Scheduled> scheduled(RoadmapPlan plan) {
        return plan.placements().stream()
                .filter(Placement.Scheduled.class::isInstance).map(Placement.Scheduled.class::cast).toList();
    }

    /** Distinct dependencies of the item that are among the team's candidates. */
    private static List<String> onRoadmap(Team team, String ideaId) {
        Set<String> ids = new HashSet<>(team.candidates().stream().map(RoadmapCandidate::ideaId).toList());
        return team.candidate(ideaId).dependsOn().stream().distinct().filter(ids::contains).toList();
    }

    /** Items from which following dependencies leads back to the item itself. */
    private static Set<String> onCycles(Team team) {
        Set<String> onCycles = new HashSet<>();
        for (RoadmapCandidate candidate : team.candidates()) {
            if (reachable(team, onRoadmap(team, candidate.ideaId())).contains(candidate.ideaId())) {
                onCycles.add(candidate.ideaId());
            }
        }
        return onCycles;
    }

    /** Items on a cycle, and items that depend on one, directly or not. */
    private static Set<String> waitingOnCycles(Team team, Set<String> onCycles) {
        Set<String> waiting = new HashSet<>();
        for (RoadmapCandidate candidate : team.candidates()) {
            Set<String> reached = reachable(team, List.of(candidate.ideaId()));
            if (reached.stream().anyMatch(onCycles::contains)) {
                waiting.add(candidate.ideaId());
            }
        }
        return waiting;
    }

    /** The given ids and every candidate they lead to through dependencies. */
    private static Set<String> reachable(Team team, List<String> from) {
        Set<String> reached = new HashSet<>();
        List<String> toVisit = new ArrayList<>(from);
        while (!toVisit.isEmpty()) {
            String id = toVisit.remove(toVisit.size() - 1);
            if (reached.add(id)) {
                toVisit.addAll(onRoadmap(team, id));
            }
        }
        return reached;
    }

    private static long hundredths(double weeks) {
        return Math.round(weeks * 100);
    }
}
