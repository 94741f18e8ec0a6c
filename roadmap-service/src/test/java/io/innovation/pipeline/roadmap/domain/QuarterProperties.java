package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class QuarterProperties {

    @Test
    void textFormRoundTrips() {
        check(quarters(), quarter -> assertThat(Quarter.parse(quarter.toString())).isEqualTo(quarter));
    }

    @Test
    void steppingIsConsistentWithDistanceAndOrder() {
        check(quarters(), integers().between(-40, 40), (quarter, steps) -> {
            Quarter moved = quarter.plus(steps);

            assertThat(quarter.quartersUntil(moved)).isEqualTo(steps);
            assertThat(moved.plus(-steps)).isEqualTo(quarter);
            assertThat(Integer.signum(moved.compareTo(quarter))).isEqualTo(Integer.signum(steps));
            assertThat(Integer.signum(moved.toString().compareTo(quarter.toString())))
                    .isEqualTo(Integer.signum(steps));
        });
    }

    /** Years 100..9000: far enough from 1 and 9999 that 40 steps either way stay valid. */
    private static Gen<Quarter> quarters() {
        return integers().between(100, 9000).zip(integers().between(1, 4), Quarter::new);
    }
}
