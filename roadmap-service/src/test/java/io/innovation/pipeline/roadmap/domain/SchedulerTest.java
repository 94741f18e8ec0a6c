package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.roadmap.domain.Ideas.idea;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Quarter Q1 = Quarter.parse("2027-Q1");
    private static final Quarter Q2 = Quarter.parse("2027-Q2");
    private static final Quarter Q3 = Quarter.parse("2027-Q3");
    private static final Quarter Q4 = Quarter.parse("2027-Q4");

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
    void rejectsInvalidInput() {
        RoadmapCandidate a = idea("A").build();

        assertThatThrownBy(() -> scheduler.plan("identity", List.of(a, a), Q1, 4, TeamCapacity.of(26)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
        assertThatThrownBy(() -> scheduler.plan("identity", List.of(a), Q1, 0, TeamCapacity.of(26)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scheduler.plan(" ", List.of(a), Q1, 4, TeamCapacity.of(26)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private RoadmapPlan plan(TeamCapacity capacity, int horizonQuarters, Ideas... ideas) {
        return scheduler.plan("identity", Arrays.stream(ideas).map(Ideas::build).toList(), Q1, horizonQuarters, capacity);
    }

    private static Placement.Scheduled scheduled(RoadmapPlan plan, String ideaId) {
        return (Placement.Scheduled) plan.placementOf(ideaId).orElseThrow();
    }

    private static Placement.Backlogged backlogged(RoadmapPlan plan, String ideaId) {
        return (Placement.Backlogged) plan.placementOf(ideaId).orElseThrow();
    }
}
