package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.roadmap.domain.Ideas.idea;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoadmapPlanTest {

    private static final Period Q1 = Period.parse("2027-Q1");
    private static final Period Q2 = Period.parse("2027-Q2");
    private static final Period Q3 = Period.parse("2027-Q3");

    private final RoadmapPlan plan = new Scheduler().plan("identity",
            List.of(idea("A").effort(30).priority(90).build(), idea("B").effort(99).priority(10).build()),
            Q1, 3, TeamCapacity.of(20).with(Q3, 0));

    @Test
    void describesItsHorizon() {
        assertThat(plan.horizonEnd()).isEqualTo(Q3);
        assertThat(plan.periods()).containsExactly(Q1, Q2, Q3);
    }

    @Test
    void findsPlacementsById() {
        assertThat(plan.placementOf("A")).get().isInstanceOf(Placement.Scheduled.class);
        assertThat(plan.placementOf("B")).get().isInstanceOf(Placement.Backlogged.class);
        assertThat(plan.placementOf("C")).isEmpty();
    }

    @Test
    void reportsUsedWeeksAndUtilisationPerQuarter() {
        assertThat(plan.usedWeeks()).containsExactly(Map.entry(Q1, 20.0), Map.entry(Q2, 10.0), Map.entry(Q3, 0.0));
        assertThat(plan.utilisation()).containsExactly(
                new RoadmapPlan.Utilisation(Q1, 20, 20),
                new RoadmapPlan.Utilisation(Q2, 10, 20),
                new RoadmapPlan.Utilisation(Q3, 0, 0));
        assertThat(plan.utilisation()).extracting(RoadmapPlan.Utilisation::ratio).containsExactly(1.0, 0.5, 0.0);
    }
}
