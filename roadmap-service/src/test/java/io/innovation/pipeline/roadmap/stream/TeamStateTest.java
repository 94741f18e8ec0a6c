package io.innovation.pipeline.roadmap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.platform.stream.JsonSerde;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TeamStateTest {

    @Test
    void aStateStoredBeforePeriodsHadKindsKeepsItsHorizon() {
        String stored = """
                {"team":"web","capacity":{},"latestDecisionPeriod":"2027-Q1",
                 "plannedWith":{"horizonStart":"2027-Q1","horizonQuarters":4,"configuredWeeks":26.0,"capacity":{}},
                 "utilisation":[],"pending":false,"causes":[],"actors":[],"moreCauses":0,"elsewhere":{},"lastChangeAt":0}
                """;
        TeamState state = JsonSerde.of(TeamState.class).deserializer().deserialize("teams", stored.getBytes(StandardCharsets.UTF_8));

        assertThat(state.plannedWith().horizonPeriods()).isEqualTo(4);
    }
}
