package io.innovation.pipeline.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamCapacityTest {

    private static final Period Q1 = Period.parse("2027-Q1");
    private static final Period Q2 = Period.parse("2027-Q2");

    @Test
    void usesTheDefaultUnlessAQuarterIsOverridden() {
        TeamCapacity capacity = TeamCapacity.of(26).with(Q2, 13);

        assertThat(capacity.weeksIn(Q1)).isEqualTo(26);
        assertThat(capacity.weeksIn(Q2)).isEqualTo(13);
        assertThat(capacity.with(Q2, 20).weeksIn(Q2)).isEqualTo(20);
        assertThat(capacity.weeksIn(Q2)).as("with() leaves the original alone").isEqualTo(13);
    }

    @Test
    void keepsHundredthsOfAWeekRoundedDown() {
        TeamCapacity capacity = TeamCapacity.of(26.339).with(Q1, 0.3);

        assertThat(capacity.weeksIn(Q2)).isEqualTo(26.33);
        assertThat(capacity.weeksIn(Q1)).isEqualTo(0.3);
    }

    @Test
    void rejectsNegativeOrMissingCapacity() {
        Map<Period, Double> withNull = new HashMap<>();
        withNull.put(Q1, null);

        assertThatThrownBy(() -> TeamCapacity.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TeamCapacity.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TeamCapacity.of(10).with(Q1, -0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TeamCapacity(10, withNull)).isInstanceOf(IllegalArgumentException.class);
    }
}
