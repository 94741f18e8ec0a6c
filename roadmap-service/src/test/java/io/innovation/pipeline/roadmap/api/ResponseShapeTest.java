package io.innovation.pipeline.roadmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.roadmap.stream.RoadmapItemView;
import io.innovation.pipeline.roadmap.stream.TeamRoadmapView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP answers are their own records, mapped from the store values, with the JSON the gateway and clients know. */
class ResponseShapeTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final RoadmapItemView SCHEDULED = new RoadmapItemView("a", "web", "A", RoadmapItemView.SCHEDULED, "2027-Q1", "2027-Q2",
            List.of(new PeriodAllocation("2027-Q1", 4.0), new PeriodAllocation("2027-Q2", 2.0)), 1, 81.5, 6.0, "fits", AT);
    static final RoadmapItemView BACKLOGGED = new RoadmapItemView("b", "web", "B", RoadmapItemView.BACKLOGGED, null, null,
            List.of(), 2, 40.0, 60.0, "no room", AT);

    @Test
    void anItemAnswersWithTheFieldsOfTheStoredItem() {
        for (RoadmapItemView item : List.of(SCHEDULED, BACKLOGGED)) {
            assertThat(json(RoadmapItemResponse.of(item))).isEqualTo(json(item));
        }
    }

    @Test
    void aTeamRoadmapAnswersWithTheFieldsOfTheStoredRoadmap() {
        TeamRoadmapView roadmap = new TeamRoadmapView("web", "2027-Q1", "2027-Q4", List.of(SCHEDULED, BACKLOGGED),
                List.of(new TeamRoadmapView.PeriodUtilisation("2027-Q1", 4.0, 26.0, 0.15)), AT);
        assertThat(json(TeamRoadmapResponse.of(roadmap))).isEqualTo(json(roadmap));
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
