package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.roadmap.domain.Ideas.idea;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoadmapCandidateTest {

    @Test
    void keepsEffortInHundredthsOfAWeekRoundedUp() {
        assertThat(idea("A").effort(12.341).build().effortWeeks()).isEqualTo(12.35);
        assertThat(idea("A").effort(0.3).build().effortWeeks()).isEqualTo(0.3);
        assertThat(idea("A").effort(0.001).build().effortWeeks()).isEqualTo(0.01);
    }

    @Test
    void rejectsInvalidInput() {
        assertThatThrownBy(() -> idea("A").effort(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idea("A").effort(-2).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idea("A").effort(Double.POSITIVE_INFINITY).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idea("A").priority(Double.NaN).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idea(" ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idea("A").started(new Allocation(Period.parse("2027-Q1"), 5),
                new Allocation(Period.parse("2027-Q3"), 5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consecutive");
    }

    @Test
    void isPinnedOrInProgressByItsQuarterAndSlot() {
        assertThat(idea("A").build().pinned()).isFalse();
        assertThat(idea("A").pinnedTo("2027-Q2").build().pinned()).isTrue();
        assertThat(idea("A").build().inProgress()).isFalse();
        assertThat(idea("A").started(new Allocation(Period.parse("2027-Q1"), 5)).build().inProgress()).isTrue();
    }
}
