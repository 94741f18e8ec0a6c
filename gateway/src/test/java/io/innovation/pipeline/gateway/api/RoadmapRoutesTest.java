package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The planners' routes: writes need PLANNER or ADMIN and reach roadmap-service in the caller's name; everyone reads. */
class RoadmapRoutesTest extends GatewayIntegrationTest {
    static final String ID = "3c7d2d4e-1f7a-4c55-9a43-6a0e1f1f2b11";

    WebTestClient as(String user) {
        return gateway.mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }

    @Test
    void aPlannerSetsCapacityAndTheCommandReachesRoadmapServiceInThePlannersName() {
        roadmapService.answer("PUT", "/teams/web/capacity/2027-Q1", 200, "application/json",
                "{\"team\": \"web\", \"period\": \"2027-Q1\", \"weeks\": 26, \"previousWeeks\": 39, \"setBy\": \"paul\"}", Map.of());

        as("paul").put().uri("/api/teams/web/capacity/2027-Q1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"weeks\": 26}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.previousWeeks").isEqualTo(39);

        assertThat(roadmapService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.headers().getFirst("X-Innovation-User")).isEqualTo("paul");
            assertThat(forwarded.headers().getFirst("X-Innovation-Roles")).contains("PLANNER");
            assertThat(forwarded.body()).contains("\"weeks\": 26");
        });
    }

    @Test
    void planningNeedsAPlannerOrAnAdmin() {
        as("alice").put().uri("/api/teams/web/capacity/2027-Q1").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"weeks\": 1}")
                .exchange().expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        as("erin").post().uri("/api/roadmap/items/{id}/pin", ID).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"period\": \"2027-Q2\"}").exchange().expectStatus().isForbidden();
        as("alice").post().uri("/api/roadmap/what-if").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
        assertThat(roadmapService.received()).isEmpty();
    }

    @Test
    void progressIsRelayedWithTheCallersTeamsForRoadmapServiceToCheckMembership() {
        roadmapService.answer("POST", "/roadmap/items/" + ID + "/start", 200, "application/json",
                "{\"ideaId\": \"" + ID + "\", \"status\": \"IN_PROGRESS\"}", Map.of());

        as("alice").post().uri("/api/roadmap/items/{id}/start", ID).exchange().expectStatus().isOk();

        assertThat(roadmapService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.headers().getFirst("X-Innovation-User")).isEqualTo("alice");
            assertThat(forwarded.headers().getFirst("X-Innovation-Teams")).isEqualTo("identity");
        });
    }

    @Test
    void everyoneSignedInReadsTeamsAndItemsAndAnAdminDelivers() {
        roadmapService.answerJson("/teams", "{\"teams\": [{\"team\": \"web\"}]}");
        roadmapService.answerJson("/roadmap/items/" + ID, "{\"ideaId\": \"" + ID + "\", \"status\": \"SCHEDULED\"}");
        roadmapService.answer("POST", "/roadmap/items/" + ID + "/deliver", 200, "application/json",
                "{\"ideaId\": \"" + ID + "\", \"status\": \"DELIVERED\"}", Map.of());

        as("alice").get().uri("/api/teams").exchange().expectStatus().isOk().expectBody().jsonPath("$.teams[0].team").isEqualTo("web");
        as("erin").get().uri("/api/roadmap/items/{id}", ID).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SCHEDULED");
        as("admin").post().uri("/api/roadmap/items/{id}/deliver", ID).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DELIVERED");
    }
}
