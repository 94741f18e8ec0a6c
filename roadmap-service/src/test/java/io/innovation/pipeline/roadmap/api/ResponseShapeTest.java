package io.innovation.pipeline.roadmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.roadmap.stream.RoadmapItemView;
import io.innovation.pipeline.roadmap.stream.TeamState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP answers are their own records, mapped from the store values, with the JSON the gateway and clients know. */
class ResponseShapeTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final RoadmapItemView SCHEDULED = item("a", "SCHEDULED", "2027-Q2", 2);
    static final RoadmapItemView IN_PROGRESS = item("b", "IN_PROGRESS", "2027-Q1", 1);
    static final RoadmapItemView BACKLOGGED = new RoadmapItemView("c", "web", "C", "BACKLOGGED", null, null, List.of(), 3, 40.0, 60.0,
            "no room", AT, AT, List.of("a"), null, List.of(), List.of(), List.of());

    static RoadmapItemView item(String id, String status, String start, int rank) {
        List<PeriodAllocation> slot = List.of(new PeriodAllocation(start, 4.0));
        return new RoadmapItemView(id, "web", id.toUpperCase(), status, start, start, slot, rank, 81.5, 4.0, "fits", AT, AT,
                List.of(), "2027-Q2", List.of(), status.equals("IN_PROGRESS") ? slot : List.of(), List.of());
    }

    @Test
    void anItemAnswersWithTheStoredFieldsClientsReadAndNotTheBookkeeping() {
        JsonNode answer = json(RoadmapItemResponse.of(SCHEDULED));
        JsonNode stored = json(SCHEDULED);
        answer.propertyNames().forEach(field -> assertThat(answer.get(field)).as(field).isEqualTo(stored.get(field)));
        assertThat(answer.propertyNames()).contains("status", "startPeriod", "allocations", "reason", "pinnedTo", "dependsOn")
                .doesNotContain("approvedAt", "startedWith", "scheduledAfter", "externalAfter");
    }

    @Test
    void aTeamRoadmapListsItemsInProgressAndScheduledByStartThenTheBacklog() {
        TeamState state = new TeamState("web", Map.of(), "2027-Q1", new TeamState.PlannedWith("2027-Q1", 4, 26, Map.of()),
                List.of(new TeamState.PeriodUtilisation("2027-Q1", 4.0, 26.0, 0.15)), false, List.of(), List.of(), 0, Map.of(), 0, AT);
        TeamRoadmapResponse roadmap = TeamRoadmapResponse.of(state, List.of(BACKLOGGED, SCHEDULED, IN_PROGRESS));
        assertThat(roadmap.items()).extracting(RoadmapItemResponse::ideaId).containsExactly("b", "a", "c");
        assertThat(roadmap.horizonStart()).isEqualTo("2027-Q1");
        assertThat(roadmap.horizonEnd()).isEqualTo("2027-Q4");
        assertThat(roadmap.utilisation()).extracting(TeamRoadmapResponse.PeriodUtilisation::ratio).containsExactly(0.15);
    }

    @Test
    void aTeamRoadmapInSprintsEndsItsHorizonOnTheLastSprint() {
        TeamState state = new TeamState("web", Map.of(), "2026-W53", new TeamState.PlannedWith("2026-W51", 3, 4, Map.of()),
                List.of(), false, List.of(), List.of(), 0, Map.of(), 0, AT);
        assertThat(TeamRoadmapResponse.of(state, List.of()).horizonEnd()).isEqualTo("2027-W02");
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
