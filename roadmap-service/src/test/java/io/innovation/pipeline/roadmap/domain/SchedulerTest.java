package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.roadmap.domain.Ideas.idea;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Period Q1 = Period.parse("2027-Q1");
    private static final Period Q2 = Period.parse("2027-Q2");
    private static final Period Q3 = Period.parse("2027-Q3");
    private static final Period Q4 = Period.parse("2027-Q4");

    private final Scheduler scheduler = new Scheduler();

    @Test
    void placesASingleItemInTheFirstQuarter() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4, idea("A").effort(10).priority(50));

        Placement.Scheduled a = scheduled(plan, "A");
        assertThat(a.rank()).isEqualTo(1);
        assertThat(a.allocations()).containsExactly(new Allocation(Q1, 10));
        assertThat(a.reason()).isEqualTo("Rank 1 of 1 for team identity (priority 50). Starts in 2027-Q1, "
                + "the first quarter of the horizon; fits in 2027-Q1 (10 weeks).");
    }

    @Test
    void fillsAQuarterAndSpillsIntoTheNext() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4,
                idea("A").effort(16).priority(90),
                idea("B").effort(20).priority(80),
                idea("C").effort(12).priority(70));

        assertThat(scheduled(plan, "A").allocations()).containsExactly(new Allocation(Q1, 16));
        Placement.Scheduled b = scheduled(plan, "B");
        assertThat(b.allocations()).containsExactly(new Allocation(Q1, 10), new Allocation(Q2, 10));
        assertThat(b.reason()).isEqualTo("Rank 2 of 3 for team identity (priority 80). Starts in 2027-Q1, "
                + "the earliest quarter with room: higher-ranked items already take 16 of 26 weeks there; "
                + "spans 2027-Q1–2027-Q2 (10 + 10 weeks).");
        Placement.Scheduled c = scheduled(plan, "C");
        assertThat(c.allocations()).containsExactly(new Allocation(Q2, 12));
        assertThat(c.reason()).isEqualTo("Rank 3 of 3 for team identity (priority 70). Starts in 2027-Q2, "
                + "the earliest quarter with room: higher-ranked items fill 2027-Q1 and already take 10 of 26 "
                + "weeks in 2027-Q2; fits in 2027-Q2 (12 weeks).");
        assertThat(plan.usedWeeks()).containsExactly(
                Map.entry(Q1, 26.0), Map.entry(Q2, 22.0), Map.entry(Q3, 0.0), Map.entry(Q4, 0.0));
    }

    @Test
    void spansThreeQuarters() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), 4, idea("A").effort(25));

        Placement.Scheduled a = scheduled(plan, "A");
        assertThat(a.allocations())
                .containsExactly(new Allocation(Q1, 10), new Allocation(Q2, 10), new Allocation(Q3, 5));
        assertThat(a.start()).isEqualTo(Q1);
        assertThat(a.end()).isEqualTo(Q3);
        assertThat(a.reason()).endsWith("spans 2027-Q1–2027-Q3 (10 + 10 + 5 weeks).");
    }

    @Test
    void backlogsWhatDoesNotFitInTheHorizon() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), 2,
                idea("A").effort(15).priority(90),
                idea("B").effort(10).priority(80));

        assertThat(scheduled(plan, "A").allocations()).containsExactly(new Allocation(Q1, 10), new Allocation(Q2, 5));
        assertThat(backlogged(plan, "B").reason()).isEqualTo("Rank 2 of 2 for team identity (priority 80). "
                + "Backlogged: it needs 10 weeks, but only 5 weeks are free in the horizon 2027-Q1–2027-Q2 "
                + "after higher-ranked items.");
    }

    @Test
    void backlogsWhenFullQuartersSplitTheFreeWeeks() {
        RoadmapPlan plan = plan(TeamCapacity.of(10).with(Q2, 0), 3, idea("A").effort(15));

        assertThat(backlogged(plan, "A").reason()).endsWith("Backlogged: it needs 15 weeks in consecutive quarters "
                + "with room; 20 weeks are free in the horizon 2027-Q1–2027-Q3 after higher-ranked items, "
                + "but full quarters split them.");
    }

    @Test
    void skipsAQuarterWithoutCapacity() {
        RoadmapPlan plan = plan(TeamCapacity.of(10).with(Q1, 0), 2, idea("A").effort(5));

        Placement.Scheduled a = scheduled(plan, "A");
        assertThat(a.allocations()).containsExactly(new Allocation(Q2, 5));
        assertThat(a.reason()).endsWith("Starts in 2027-Q2, the earliest quarter with room: 2027-Q1 has no "
                + "capacity; fits in 2027-Q2 (5 weeks).");
    }

    @Test
    void pinnedItemsGoBeforeHigherPriorities() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), 4,
                idea("A").priority(90),
                idea("B").priority(10).pinnedTo("2027-Q1"));

        assertThat(scheduled(plan, "B").rank()).isEqualTo(1);
        assertThat(scheduled(plan, "B").allocations()).containsExactly(new Allocation(Q1, 10));
        assertThat(scheduled(plan, "B").reason()).isEqualTo("Rank 1 of 2 for team identity (priority 10, pinned to 2027-Q1). "
                + "Starts in 2027-Q1, the quarter it is pinned to; fits in 2027-Q1 (10 weeks).");
        assertThat(scheduled(plan, "A").allocations()).containsExactly(new Allocation(Q2, 10));
    }

    @Test
    void breaksPriorityTiesByApprovalTimeThenId() {
        RoadmapPlan plan = plan(TeamCapacity.of(100), 1,
                idea("late").priority(70).approvedDaysLater(3),
                idea("b-early").priority(70),
                idea("a-early").priority(70),
                idea("top").priority(70.5).approvedDaysLater(9));

        assertThat(plan.placements()).extracting(Placement::ideaId)
                .containsExactly("top", "a-early", "b-early", "late");
        assertThat(plan.placements()).extracting(Placement::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void placesALowerPriorityDependencyFirstAndTheDependentAfterItEnds() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4,
                idea("H").priority(90).dependsOn("L"),
                idea("M").priority(50),
                idea("L").priority(10));

        assertThat(plan.placements()).extracting(Placement::ideaId).containsExactly("M", "L", "H");
        assertThat(scheduled(plan, "L").allocations()).containsExactly(new Allocation(Q1, 10));
        Placement.Scheduled h = scheduled(plan, "H");
        assertThat(h.allocations()).as("Q1 still has 6 weeks, but H must wait until L ends")
                .containsExactly(new Allocation(Q2, 10));
        assertThat(h.scheduledAfter()).containsExactly("L");
        assertThat(h.reason()).isEqualTo("Rank 3 of 3 for team identity (priority 90). It comes after L, which ends "
                + "in 2027-Q1. Starts in 2027-Q2, right after its dependencies; fits in 2027-Q2 (10 weeks).");
    }

    @Test
    void backlogsAnItemWhoseDependencyIsBacklogged() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), 1,
                idea("L").effort(20).priority(10),
                idea("H").effort(5).priority(90).dependsOn("L"));

        assertThat(backlogged(plan, "L").rank()).isEqualTo(1);
        assertThat(backlogged(plan, "H").reason())
                .isEqualTo("Rank 2 of 2 for team identity (priority 90). Backlogged: it waits for L, which is backlogged.");
        assertThat(plan.usedWeeks()).containsExactly(Map.entry(Q1, 0.0));
    }

    @Test
    void backlogsAnItemWhoseDependencyEndsWithTheHorizon() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), 2,
                idea("L").effort(20).priority(90),
                idea("H").effort(5).priority(80).dependsOn("L"));

        assertThat(backlogged(plan, "H").reason()).isEqualTo("Rank 2 of 2 for team identity (priority 80). "
                + "Backlogged: its dependencies end in the last quarter of the horizon 2027-Q1–2027-Q2, so no quarter "
                + "is left to start it. It comes after L, which ends in 2027-Q2.");
    }

    @Test
    void backlogsACycleAfterEverythingElseAndWhatWaitsOnIt() {
        RoadmapPlan plan = plan(TeamCapacity.of(100), 4,
                idea("A").priority(90).dependsOn("B"),
                idea("B").priority(80).dependsOn("A"),
                idea("C").priority(10),
                idea("D").priority(95).dependsOn("A"),
                idea("S").priority(50).dependsOn("S"));

        assertThat(plan.placements()).extracting(Placement::ideaId).containsExactly("C", "A", "B", "S", "D");
        assertThat(scheduled(plan, "C").allocations()).containsExactly(new Allocation(Q1, 10));
        assertThat(backlogged(plan, "A").reason()).isEqualTo("Rank 2 of 5 for team identity (priority 90). "
                + "Backlogged: it is part of the dependency cycle A → B → A, so none of these can go first.");
        assertThat(backlogged(plan, "B").reason()).contains("the dependency cycle B → A → B");
        assertThat(backlogged(plan, "S").reason()).contains("the dependency cycle S → S");
        assertThat(backlogged(plan, "D").reason()).endsWith("Backlogged: it waits for A, which is backlogged.");
    }

    @Test
    void ignoresDependenciesThatAreNotOnTheTeamsRoadmap() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4, idea("A").dependsOn("elsewhere-1"));

        Placement.Scheduled a = scheduled(plan, "A");
        assertThat(a.allocations()).containsExactly(new Allocation(Q1, 10));
        assertThat(a.scheduledAfter()).isEmpty();
        assertThat(a.reason()).isEqualTo("Rank 1 of 1 for team identity (priority 50). It depends on elsewhere-1, "
                + "which is not on this team's roadmap and does not hold it back. Starts in 2027-Q1, the first quarter "
                + "of the horizon; fits in 2027-Q1 (10 weeks).");
    }

    @Test
    void addsFractionsOfWeeksExactly() {
        RoadmapPlan plan = plan(TeamCapacity.of(0.3), 3,
                idea("A").effort(0.1).priority(90),
                idea("B").effort(0.7).priority(80));

        assertThat(scheduled(plan, "B").allocations())
                .containsExactly(new Allocation(Q1, 0.2), new Allocation(Q2, 0.3), new Allocation(Q3, 0.2));
        assertThat(plan.usedWeeks()).containsExactly(Map.entry(Q1, 0.3), Map.entry(Q2, 0.3), Map.entry(Q3, 0.2));
    }

    @Test
    void aStartedItemKeepsItsSlotWhenAHigherPriorityItemArrives() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), 4,
                idea("S").priority(10).started(new Allocation(Q2, 6), new Allocation(Q3, 4)),
                idea("H").effort(20).priority(99));

        Placement.Scheduled s = scheduled(plan, "S");
        assertThat(s.rank()).isEqualTo(1);
        assertThat(s.inProgress()).isTrue();
        assertThat(s.allocations()).containsExactly(new Allocation(Q2, 6), new Allocation(Q3, 4));
        assertThat(s.reason()).isEqualTo("Rank 1 of 2 for team identity (priority 10, in progress). In progress: "
                + "it keeps its slot 2027-Q2–2027-Q3 (6 + 4 weeks).");
        assertThat(scheduled(plan, "H").allocations())
                .containsExactly(new Allocation(Q1, 10), new Allocation(Q2, 4), new Allocation(Q3, 6));
    }

    @Test
    void aStartedItemIsBookedEvenBeyondCapacityAndDoesNotWaitForItsDependencies() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), 2,
                idea("L").priority(90),
                idea("S").priority(10).dependsOn("L").started(new Allocation(Q1, 12)));

        assertThat(plan.placements()).extracting(Placement::ideaId).containsExactly("S", "L");
        assertThat(scheduled(plan, "S").allocations()).containsExactly(new Allocation(Q1, 12));
        assertThat(scheduled(plan, "L").allocations()).as("Q1 is overbooked by the started item")
                .containsExactly(new Allocation(Q2, 10));
        assertThat(plan.usedWeeks()).containsExactly(Map.entry(Q1, 12.0), Map.entry(Q2, 10.0));
    }

    @Test
    void aStartedSlotLosesItsQuartersBeforeTheHorizonAndIsKeptWhenWhollyBeforeIt() {
        Period q4Before = Period.parse("2026-Q4");
        RoadmapPlan plan = plan(TeamCapacity.of(10), 2,
                idea("S").started(new Allocation(q4Before, 5), new Allocation(Q1, 5)),
                idea("T").started(new Allocation(q4Before, 3)),
                idea("D").dependsOn("T"));

        assertThat(scheduled(plan, "S").allocations()).containsExactly(new Allocation(Q1, 5));
        assertThat(scheduled(plan, "T").allocations()).containsExactly(new Allocation(q4Before, 3));
        assertThat(scheduled(plan, "T").reason()).endsWith("In progress: it keeps its slot 2026-Q4 (3 weeks), "
                + "which lies outside the horizon 2027-Q1–2027-Q2.");
        assertThat(scheduled(plan, "D").allocations()).containsExactly(new Allocation(Q1, 5), new Allocation(Q2, 5));
        assertThat(plan.usedWeeks()).containsExactly(Map.entry(Q1, 10.0), Map.entry(Q2, 5.0));
    }

    @Test
    void aPinnedItemStartsInItsQuarterThoughEarlierOnesHaveRoom() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4,
                idea("P").priority(10).pinnedTo("2027-Q3"),
                idea("A").priority(90));

        Placement.Scheduled p = scheduled(plan, "P");
        assertThat(p.allocations()).containsExactly(new Allocation(Q3, 10));
        assertThat(p.pinnedTo()).isEqualTo(Q3);
        assertThat(p.reason()).isEqualTo("Rank 1 of 2 for team identity (priority 10, pinned to 2027-Q3). "
                + "Starts in 2027-Q3, the quarter it is pinned to; fits in 2027-Q3 (10 weeks).");
        assertThat(scheduled(plan, "A").allocations()).containsExactly(new Allocation(Q1, 10));
    }

    @Test
    void aPinThatCannotBeKeptSaysWhy() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4,
                idea("S").started(new Allocation(Q1, 26)),
                idea("F").effort(26).priority(90).pinnedTo("2027-Q2"),
                idea("P").priority(80).pinnedTo("2027-Q2"));

        assertThat(scheduled(plan, "P").allocations()).containsExactly(new Allocation(Q3, 10));
        assertThat(scheduled(plan, "P").reason()).isEqualTo("Rank 3 of 3 for team identity (priority 80, pinned to "
                + "2027-Q2). Pinned to 2027-Q2, but it cannot start there: higher-ranked items take all 26 weeks of "
                + "2027-Q2; starts in 2027-Q3 instead; fits in 2027-Q3 (10 weeks).");
    }

    @Test
    void aPinBeforeADependencyEndsIsNotKept() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4,
                idea("L").effort(30).priority(90),
                idea("D").priority(50).dependsOn("L").pinnedTo("2027-Q1"));

        assertThat(scheduled(plan, "D").allocations()).containsExactly(new Allocation(Q3, 10));
        assertThat(scheduled(plan, "D").reason()).isEqualTo("Rank 2 of 2 for team identity (priority 50, pinned to "
                + "2027-Q1). It comes after L, which ends in 2027-Q2. Pinned to 2027-Q1, but it cannot start there: "
                + "it comes after L, which ends in 2027-Q2; starts in 2027-Q3 instead; fits in 2027-Q3 (10 weeks).");
    }

    @Test
    void aPinOutsideTheHorizonIsNotKept() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4, idea("O").pinnedTo("2028-Q1"));

        assertThat(scheduled(plan, "O").allocations()).containsExactly(new Allocation(Q1, 10));
        assertThat(scheduled(plan, "O").reason()).contains("Pinned to 2028-Q1, but it cannot start there: 2028-Q1 is "
                + "outside the horizon 2027-Q1–2027-Q4; starts in 2027-Q1 instead; fits in 2027-Q1 (10 weeks).");
    }

    @Test
    void aPinWithoutRoomFromItsQuarterOnIsNotKept() {
        RoadmapPlan plan = plan(TeamCapacity.of(26), 4,
                idea("N").effort(60).priority(90).pinnedTo("2027-Q3"),
                idea("M").effort(120).priority(80).pinnedTo("2027-Q3"));

        assertThat(scheduled(plan, "N").allocations())
                .containsExactly(new Allocation(Q1, 26), new Allocation(Q2, 26), new Allocation(Q3, 8));
        assertThat(scheduled(plan, "N").reason()).endsWith("Pinned to 2027-Q3, but it cannot start there: it needs "
                + "60 weeks, but only 52 weeks are free in consecutive quarters from 2027-Q3 on; starts in 2027-Q1 "
                + "instead; spans 2027-Q1–2027-Q3 (26 + 26 + 8 weeks).");
        assertThat(backlogged(plan, "M").reason()).isEqualTo("Rank 2 of 2 for team identity (priority 80, pinned to "
                + "2027-Q3). Pinned to 2027-Q3, but it cannot start there: it needs 120 weeks, but only 44 weeks are "
                + "free in consecutive quarters from 2027-Q3 on. Backlogged: it needs 120 weeks, but only 44 weeks are "
                + "free in the horizon 2027-Q1–2027-Q4 after higher-ranked items.");
    }

    @Test
    void anItemStartsAfterAnotherTeamsItemEnds() {
        RoadmapPlan plan = scheduler.plan("identity", List.of(idea("A").dependsOn("idea-7", "nowhere").build()), Q1, 4,
                TeamCapacity.of(26), Map.of("idea-7", new ExternalItem("idea-7", "web", Q2, List.of())));

        Placement.Scheduled a = scheduled(plan, "A");
        assertThat(a.allocations()).containsExactly(new Allocation(Q3, 10));
        assertThat(a.scheduledAfter()).containsExactly("idea-7");
        assertThat(a.externalAfter()).containsExactly(new ExternalItem("idea-7", "web", Q2, List.of()));
        assertThat(a.reason()).isEqualTo("Rank 1 of 1 for team identity (priority 50). It comes after idea-7 of team "
                + "web, which ends in 2027-Q2. It depends on nowhere, which is not on this team's roadmap and does not "
                + "hold it back. Starts in 2027-Q3, right after its dependencies; fits in 2027-Q3 (10 weeks).");
    }

    @Test
    void anItemWaitsForAnotherTeamsBackloggedItem() {
        RoadmapPlan plan = scheduler.plan("identity", List.of(idea("A").dependsOn("idea-7").build()), Q1, 4,
                TeamCapacity.of(26), Map.of("idea-7", new ExternalItem("idea-7", "web", null, List.of())));

        assertThat(backlogged(plan, "A").reason()).isEqualTo("Rank 1 of 1 for team identity (priority 50). "
                + "Backlogged: it waits for idea-7 of team web, which is backlogged there.");
    }

    @Test
    void refusesACycleThroughOtherTeams() {
        Map<String, ExternalItem> elsewhere = Map.of(
                "idea-7", new ExternalItem("idea-7", "web", null, List.of("idea-9")),
                "idea-9", new ExternalItem("idea-9", "data", null, List.of("A", "unrelated")));
        RoadmapPlan plan = scheduler.plan("identity", List.of(
                idea("A").dependsOn("idea-7").build(),
                idea("B").dependsOn("A").build(),
                idea("C").dependsOn("idea-9").build()), Q1, 4, TeamCapacity.of(26), elsewhere);

        assertThat(backlogged(plan, "A").reason()).isEqualTo("Rank 1 of 3 for team identity (priority 50). "
                + "Backlogged: it is part of the dependency cycle A → idea-7 of team web → idea-9 of team data → A "
                + "across teams data, identity and web, so none of these can go first.");
        assertThat(backlogged(plan, "B").reason()).endsWith("Backlogged: it waits for A, which is backlogged.");
        assertThat(backlogged(plan, "C").reason()).as("not on the cycle, but waiting for it")
                .endsWith("Backlogged: it waits for idea-9 of team data, which is backlogged there.");
    }

    @Test
    void rejectsInvalidInput() {
        RoadmapCandidate a = idea("A").build();

        assertThatThrownBy(() -> scheduler.plan("identity", List.of(a, a), Q1, 4, TeamCapacity.of(26)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
        assertThatThrownBy(() -> scheduler.plan("identity", List.of(a), Q1, 0, TeamCapacity.of(26)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scheduler.plan(" ", List.of(a), Q1, 4, TeamCapacity.of(26)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plansInMonthsAcrossTheTurnOfTheYearAndSaysMonth() {
        Period november = Period.parse("2026-11");
        RoadmapPlan plan = scheduler.plan("identity", List.of(idea("A").effort(12).priority(90).build(),
                idea("B").effort(30).priority(60).build(), idea("C").effort(2).priority(40).build()), november, 4, TeamCapacity.of(8));

        assertThat(plan.horizonEnd()).isEqualTo(Period.parse("2027-02"));
        Placement.Scheduled a = scheduled(plan, "A");
        assertThat(a.allocations()).containsExactly(new Allocation(november, 8), new Allocation(Period.parse("2026-12"), 4));
        assertThat(a.reason()).isEqualTo("Rank 1 of 3 for team identity (priority 90). Starts in 2026-11, "
                + "the first month of the horizon; spans 2026-11–2026-12 (8 + 4 weeks).");
        assertThat(backlogged(plan, "B").reason()).isEqualTo("Rank 2 of 3 for team identity (priority 60). Backlogged: "
                + "it needs 30 weeks, but only 20 weeks are free in the horizon 2026-11–2027-02 after higher-ranked items.");
        assertThat(scheduled(plan, "C").reason()).isEqualTo("Rank 3 of 3 for team identity (priority 40). Starts in 2026-12, "
                + "the earliest month with room: higher-ranked items fill 2026-11 and already take 4 of 8 weeks in 2026-12; "
                + "fits in 2026-12 (2 weeks).");
    }

    private RoadmapPlan plan(TeamCapacity capacity, int horizonPeriods, Ideas... ideas) {
        return scheduler.plan("identity", Arrays.stream(ideas).map(Ideas::build).toList(), Q1, horizonPeriods, capacity);
    }

    private static Placement.Scheduled scheduled(RoadmapPlan plan, String ideaId) {
        return (Placement.Scheduled) plan.placementOf(ideaId).orElseThrow();
    }

    private static Placement.Backlogged backlogged(RoadmapPlan plan, String ideaId) {
        return (Placement.Backlogged) plan.placementOf(ideaId).orElseThrow();
    }
}
