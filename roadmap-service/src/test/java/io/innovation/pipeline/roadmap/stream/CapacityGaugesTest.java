package io.innovation.pipeline.roadmap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapacityGaugesTest {
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CapacityGauges gauges = new CapacityGauges(meters, Set.of("web", "identity"));

    @Test
    void configuredTeamsHaveTheirOwnSeriesAndAllOthersShareOneWithTheHighestUse() {
        gauges.plan("web", Map.of("2027-Q1", 0.5));
        for (int i = 0; i < 50; i++) {
            gauges.plan("team-" + i, Map.of("2027-Q1", i / 100.0));
        }

        assertThat(value("web", "2027-Q1")).isEqualTo(0.5);
        assertThat(value(CapacityGauges.OTHER_TEAM, "2027-Q1")).isEqualTo(0.49);
        assertThat(meters.find(CapacityGauges.METRIC).gauges()).hasSize(2);
    }

    @Test
    void periodsThatLeaveAPlanLoseTheirSeries() {
        gauges.plan("web", Map.of("2027-Q1", 0.5, "2027-Q2", 0.25));
        gauges.plan("web", Map.of("2027-Q2", 0.75, "2027-Q3", 0.0));

        assertThat(periods("web")).containsExactlyInAnyOrder("2027-Q2", "2027-Q3");
        assertThat(value("web", "2027-Q2")).isEqualTo(0.75);
    }

    @Test
    void teamsAnInstanceNoLongerPlansAreGoneFromItsScrape() {
        gauges.plan("web", Map.of("2027-Q1", 0.5));
        gauges.plan("identity", Map.of("2027-Q1", 0.1));
        gauges.plan("team-x", Map.of("2027-Q1", 0.2));

        gauges.forget(List.of("web", "team-x"));

        assertThat(meters.find(CapacityGauges.METRIC).gauges()).extracting(g -> g.getId().getTag("team")).containsExactly("identity");
    }

    private double value(String team, String period) {
        return meters.get(CapacityGauges.METRIC).tags("team", team, "period", period).gauge().value();
    }

    private List<String> periods(String team) {
        return meters.find(CapacityGauges.METRIC).tag("team", team).gauges().stream().map(Gauge::getId).map(id -> id.getTag("period")).toList();
    }
}
