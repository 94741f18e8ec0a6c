package io.innovation.pipeline.gateway.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

class PassThroughReadsTest extends GatewayIntegrationTest {

    static final String IDEAS = """
            [{"id": "a1", "title": "Faster checkout"}, {"id": "b2", "title": "Dark mode", "votes": 3}]""";

    static final String ROADMAP = """
            {"team": "payments", "horizonStart": "2026-Q3", "horizonQuarters": 4,
             "items": [{"ideaId": "a1", "status": "SCHEDULED", "startPeriod": "2026-Q3"}],
             "utilisation": [{"period": "2026-Q3", "capacityWeeks": 40, "allocatedWeeks": 6}]}""";

    @Test
    void answersTheListOfIdeasFromThePipelineViewWithoutCallingIdeaService() {
        ideaService.answerJson("/ideas", IDEAS);

        // no Kafka here: the view is empty, and the list says so rather than asking idea-service
        gateway.get().uri("/api/ideas?size=10").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().json("{\"items\": [], \"page\": 0, \"size\": 10, \"total\": 0, \"totalPages\": 0}",
                        JsonCompareMode.STRICT);
        gateway.get().uri("/api/ideas?size=201").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("size must be between 1 and 200.");
        org.assertj.core.api.Assertions.assertThat(ideaService.received()).isEmpty();
    }

    @Test
    void passesATeamsRoadmapThrough() {
        roadmapService.answerJson("/roadmap?team=payments", ROADMAP);

        gateway.get().uri("/api/roadmap?team={team}", "payments").exchange()
                .expectStatus().isOk()
                .expectBody().json(ROADMAP, JsonCompareMode.STRICT);
    }

    @Test
    void passesEveryTeamsRoadmapThroughWhenNoTeamIsNamed() {
        roadmapService.answerJson("/roadmap", "[" + ROADMAP + "]");

        gateway.get().uri("/api/roadmap").exchange()
                .expectStatus().isOk()
                .expectBody().json("[" + ROADMAP + "]", JsonCompareMode.STRICT);
    }

    @Test
    void answers503WhenRoadmapServiceIsDown() {
        try (StubBackend.Outage outage = roadmapService.down()) {
            gateway.get().uri("/api/roadmap?team={team}", "payments").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail").isEqualTo("roadmap-service could not be reached.");
        }
    }
    @Test
    void relaysSimilarIdeasWithTheTypedTextEncodedWhole() {
        String similar = """
                {"similar": [{"ideaId": "a1", "title": "R&D portal", "score": 0.61}], "minScore": 0.3}""";
        ideaService.answerJson("/ideas/similar?title=R%26D%20portal&limit=3", similar);

        gateway.get().uri(uri -> uri.path("/api/ideas/similar").queryParam("title", "{t}").queryParam("limit", 3).build("R&D portal"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().json(similar, JsonCompareMode.STRICT);
    }
}
