package io.innovation.pipeline.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class QuarterProperties {

    @Property
    void textFormRoundTrips(@ForAll("quarters") Quarter quarter) {
        assertThat(Quarter.parse(quarter.toString())).isEqualTo(quarter);
    }

    @Property
    void steppingIsConsistentWithDistanceAndOrder(@ForAll("quarters") Quarter quarter,
                                                  @ForAll @IntRange(min = -40, max = 40) int steps) {
        Quarter moved = quarter.plus(steps);

        assertThat(quarter.quartersUntil(moved)).isEqualTo(steps);
        assertThat(moved.plus(-steps)).isEqualTo(quarter);
        assertThat(Integer.signum(moved.compareTo(quarter))).isEqualTo(Integer.signum(steps));
        assertThat(Integer.signum(moved.toString().compareTo(quarter.toString()))).isEqualTo(Integer.signum(steps));
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        return Combinators.combine(Arbitraries.integers().between(100, 9000), Arbitraries.integers().between(1, 4))
                .as(Quarter::new);
    }
}
