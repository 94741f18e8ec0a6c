package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.roadmap.domain.Ideas.idea;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

    private static final Period Q1 = Period.parse("2027-Q1");
    private static final Period Q2 = Period.parse("2027-Q2");
    private static final Period Q3 = Period.parse("2027-Q3");

    private final Scheduler scheduler = new Scheduler();

    @Test
    void aFirstPlanSchedulesOrBacklogsEveryItemInRankOrder() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), idea("A").priority(90), idea("B").effort(50).priority(80));

        List<PlanChange> changes = PlanChanges.between(null, plan);

        assertThat(changes).extracting(PlanChange::ideaId).containsExactly("A", "B");
        assertThat(changes.get(0)).isInstanceOf(PlanChange.ItemScheduled.class);
        assertThat(changes.get(0).why()).isEqualTo(plan.placementOf("A").orElseThrow().reason());
        assertThat(changes.get(1)).isInstanceOf(PlanChange.ItemBacklogged.class);
        assertThat(changes.get(1).why()).isEqualTo(plan.placementOf("B").orElseThrow().reason());
    }

    @Test
    void theSameInputsChangeNothing() {
        RoadmapPlan plan = plan(TeamCapacity.of(10), idea("A").priority(90), idea("B").effort(50).priority(80));

        assertThat(PlanChanges.between(plan, plan(TeamCapacity.of(10), idea("B").effort(50).priority(80),
                idea("A").priority(90)))).isEmpty();
    }

    @Test
    void aNewRankInTheSameQuartersIsNoChange() {
        RoadmapPlan before = plan(TeamCapacity.of(26), idea("A").priority(90), idea("B").priority(80));
        RoadmapPlan after = plan(TeamCapacity.of(26), idea("A").priority(70), idea("B").priority(80));

        assertThat(after.placementOf("A").orElseThrow().rank()).isEqualTo(2);
        assertThat(PlanChanges.between(before, after)).isEmpty();
    }

    @Test
    void anItemPushedBackByAHigherPriorityIsRescheduled() {
        RoadmapPlan before = plan(TeamCapacity.of(26), idea("A").priority(50));
        RoadmapPlan after = plan(TeamCapacity.of(26), idea("A").priority(50), idea("B").effort(26).priority(95));

        List<PlanChange> changes = PlanChanges.between(before, after);

        assertThat(changes).extracting(PlanChange::ideaId).containsExactly("B", "A");
        assertThat(changes.get(0)).isInstanceOf(PlanChange.ItemScheduled.class);
        assertThat(changes.get(1)).asInstanceOf(type(PlanChange.ItemRescheduled.class)).satisfies(moved -> {
            assertThat(moved.fromStart()).isEqualTo(Q1);
            assertThat(moved.fromEnd()).isEqualTo(Q1);
            assertThat(moved.placement().allocations()).containsExactly(new Allocation(Q2, 10));
            assertThat(moved.why()).isEqualTo("Moved from 2027-Q1 to 2027-Q2: it is now rank 2 (was 1); "
                    + "higher-ranked items now take all 26 weeks of 2027-Q1.");
        });
    }

    @Test
    void aNewEndIsARescheduleThatSaysWhatTakesTheRoom() {
        RoadmapPlan before = plan(TeamCapacity.of(26), idea("A").priority(50));
        RoadmapPlan after = plan(TeamCapacity.of(26), idea("A").priority(50), idea("B").effort(24).priority(95));

        assertThat(PlanChanges.between(before, after)).last().extracting(PlanChange::why)
                .isEqualTo("Now planned for 2027-Q1–2027-Q2 instead of 2027-Q1: it is now rank 2 (was 1); "
                        + "higher-ranked items now take 24 of 26 weeks in 2027-Q1.");
    }

    @Test
    void anItemMovesEarlierWhenRoomOpensUp() {
        RoadmapPlan before = plan(TeamCapacity.of(26), idea("A").priority(50), idea("B").effort(26).priority(95));
        RoadmapPlan after = plan(TeamCapacity.of(26), idea("A").priority(50));

        assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChange::why)
                .isEqualTo("Moved from 2027-Q2 to 2027-Q1: it is now rank 1 (was 2); room opened up in 2027-Q1: "
                        + "higher-ranked items now take 0 of 26 weeks.");
    }

    @Test
    void aDependentFollowsItsDependency() {
        RoadmapPlan before = plan(TeamCapacity.of(26), idea("L").priority(10), idea("H").priority(90).dependsOn("L"));
        RoadmapPlan after = plan(TeamCapacity.of(26), idea("L").effort(30).priority(10),
                idea("H").priority(90).dependsOn("L"));

        List<PlanChange> changes = PlanChanges.between(before, after);

        assertThat(changes).extracting(PlanChange::why).containsExactly(
                "Now planned for 2027-Q1–2027-Q2 instead of 2027-Q1: its effort changed from 10 to 30 weeks.",
                "Moved from 2027-Q2 to 2027-Q3: it must come after L, which now ends in 2027-Q2.");
        assertThat(PlanChanges.between(after, before)).last().extracting(PlanChange::why)
                .isEqualTo("Moved from 2027-Q3 to 2027-Q2: L now ends in 2027-Q1.");
    }

    @Test
    void aScheduledItemThatNoLongerFitsIsBacklogged() {
        RoadmapPlan before = plan(TeamCapacity.of(10), idea("A"));
        RoadmapPlan after = plan(TeamCapacity.of(10).with(Q1, 5).with(Q2, 0).with(Q3, 0), idea("A"));

        assertThat(PlanChanges.between(before, after)).singleElement()
                .asInstanceOf(type(PlanChange.ItemBacklogged.class))
                .extracting(PlanChange::why)
                .isEqualTo("Was planned for 2027-Q1. Rank 1 of 1 for team identity (priority 50). Backlogged: it needs "
                        + "10 weeks, but only 5 weeks are free in the horizon 2027-Q1–2027-Q3 after higher-ranked items.");
        assertThat(PlanChanges.between(after, after)).isEmpty();
    }

    @Test
    void aBackloggedItemThatFitsAgainIsScheduled() {
        RoadmapPlan before = plan(TeamCapacity.of(5), idea("A").effort(20));
        RoadmapPlan after = plan(TeamCapacity.of(10), idea("A").effort(20));

        assertThat(PlanChanges.between(before, after)).singleElement()
                .asInstanceOf(type(PlanChange.ItemScheduled.class))
                .extracting(PlanChange::why).asString()
                .startsWith("No longer backlogged. Rank 1 of 1 for team identity");
    }

    @Test
    void aMovedHorizonExplainsTheMove() {
        RoadmapPlan before = plan(TeamCapacity.of(26), idea("A").effort(30));
        RoadmapPlan after = scheduler.plan("identity", List.of(idea("A").effort(30).build()), Q2, 3, TeamCapacity.of(26));

        assertThat(PlanChanges.between(before, after)).singleElement().extracting(PlanChange::why)
                .isEqualTo("Moved from 2027-Q1–2027-Q2 to 2027-Q2–2027-Q3: the horizon now starts in 2027-Q2.");
    }

    @Test
    void everyChangeNamesTheCausesAndWhoMadeThem() {
        RoadmapPlan before = plan(TeamCapacity.of(39), idea("A").effort(26).priority(90), idea("B").priority(50),
                idea("C").effort(40).priority(10));
        RoadmapPlan after = plan(TeamCapacity.of(39).with(Q1, 26), idea("A").effort(26).priority(90),
                idea("B").priority(50), idea("C").effort(40).priority(10));
        String cut = "capacity of team web in 2027-Q1 cut from 39 to 26 weeks by paul";

        List<PlanChange> changes = PlanChanges.between(before, after, List.of(cut));

        assertThat(changes).extracting(PlanChange::ideaId).containsExactly("B", "C");
        assertThat(changes.get(0).why()).isEqualTo("Moved from 2027-Q1 to 2027-Q2: higher-ranked items now take all "
                + "26 weeks of 2027-Q1 (capacity of team web in 2027-Q1 cut from 39 to 26 weeks by paul).");
        assertThat(changes.get(1).why()).isEqualTo("Moved from 2027-Q1–2027-Q2 to 2027-Q2–2027-Q3: higher-ranked "
                + "items now take all 26 weeks of 2027-Q1 (" + cut + ").");
    }

    @Test
    void anItemNewToThePlanIsExplainedByItsOwnPlacementAndTheItemsItMovesByTheCause() {
        RoadmapPlan before = plan(TeamCapacity.of(39), idea("A").effort(30).priority(50));
        RoadmapPlan after = plan(TeamCapacity.of(39), idea("A").effort(30).priority(50), idea("N").effort(30).priority(90));

        List<PlanChange> changes = PlanChanges.between(before, after, List.of("N approved by rita"));

        assertThat(changes).extracting(PlanChange::ideaId).containsExactly("N", "A");
        assertThat(changes.get(0).why()).isEqualTo(after.placementOf("N").orElseThrow().reason()).doesNotContain("rita");
        assertThat(changes.get(1).why()).endsWith(" (N approved by rita).");
    }

    @Test
    void namesThreeCausesAndCountsTheRest() {
        RoadmapPlan before = plan(TeamCapacity.of(10), idea("A"));
        RoadmapPlan after = plan(TeamCapacity.of(10), idea("A").effort(20));

        assertThat(PlanChanges.between(before, after, List.of("a by x", "b by y", "c by z", "d by x", "e by y")))
                .singleElement().extracting(PlanChange::why)
                .isEqualTo("Now planned for 2027-Q1–2027-Q2 instead of 2027-Q1: its effort changed from 10 to 20 "
                        + "weeks (a by x; b by y; c by z; and 2 more changes).");
    }

    @Test
    void aSlipOfAnotherTeamsItemMovesItsDependents() {
        RoadmapCandidate a = idea("A").dependsOn("idea-7").build();
        RoadmapPlan before = scheduler.plan("identity", List.of(a), Q1, 4, TeamCapacity.of(26),
                Map.of("idea-7", new ExternalItem("idea-7", "web", Q1, List.of())));
        RoadmapPlan after = scheduler.plan("identity", List.of(a), Q1, 4, TeamCapacity.of(26),
                Map.of("idea-7", new ExternalItem("idea-7", "web", Q2, List.of())));

        assertThat(PlanChanges.between(before, after, List.of("idea-7 of team web slipped to 2027-Q2")))
                .singleElement().extracting(PlanChange::why)
                .isEqualTo("Moved from 2027-Q2 to 2027-Q3: it must come after idea-7 of team web, which now ends in "
                        + "2027-Q2 (idea-7 of team web slipped to 2027-Q2).");
        assertThat(PlanChanges.between(after, before)).singleElement().extracting(PlanChange::why)
                .isEqualTo("Moved from 2027-Q3 to 2027-Q2: idea-7 of team web now ends in 2027-Q1.");
    }

    @Test
    void aPinMovesAnItemToItsQuarter() {
        RoadmapPlan before = plan(TeamCapacity.of(26), idea("A"));
        RoadmapPlan after = plan(TeamCapacity.of(26), idea("A").pinnedTo("2027-Q3"));

        assertThat(PlanChanges.between(before, after, List.of("A pinned to 2027-Q3 by paul")))
                .singleElement().extracting(PlanChange::why)
                .isEqualTo("Moved from 2027-Q1 to 2027-Q3: it is pinned to 2027-Q3 (A pinned to 2027-Q3 by paul).");
    }

    @Test
    void refusesToCompareDifferentTeams() {
        RoadmapPlan identity = plan(TeamCapacity.of(10), idea("A"));
        RoadmapPlan payments = scheduler.plan("payments", List.of(), Q1, 3, TeamCapacity.of(10));

        assertThatThrownBy(() -> PlanChanges.between(identity, payments)).isInstanceOf(IllegalArgumentException.class);
    }

    private RoadmapPlan plan(TeamCapacity capacity, Ideas... ideas) {
        return scheduler.plan("identity", Arrays.stream(ideas).map(Ideas::build).toList(), Q1, 3, capacity);
    }
}
