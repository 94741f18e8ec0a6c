package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The routes of people at the gate and the strategy: each needs its roles, and is relayed with the caller. */
class EvaluationRoutesTest extends GatewayIntegrationTest {
    static final String ID = "8fcc7b9c-bc4b-4d0c-bace-75b8a5986ccd";

    WebTestClient as(String user) {
        return gateway.mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build();
    }

    @Test
    void aReviewerReviewsAndTheReviewReachesEvaluationServiceInTheCallersName() {
        evaluationService.answer("POST", "/ideas/" + ID + "/reviews", 201, "application/json",
                "{\"ideaId\": \"" + ID + "\", \"reviewer\": \"rita\"}", Map.of());

        as("rita").post().uri("/api/ideas/{id}/reviews", ID).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"feasibility\": 4, \"value\": 5, \"risk\": 2}").exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.reviewer").isEqualTo("rita");

        assertThat(evaluationService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.headers().getFirst("X-Innovation-User")).isEqualTo("rita");
            assertThat(forwarded.headers().getFirst("X-Innovation-Roles")).contains("REVIEWER");
            assertThat(forwarded.body()).contains("\"feasibility\": 4");
        });
    }

    @Test
    void eachRouteNeedsItsRoles() {
        gateway.post().uri("/api/ideas/{id}/reviews", ID).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        as("paul").post().uri("/api/ideas/{id}/decision", ID).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        as("rita").put().uri("/api/themes/{id}", "customer-experience").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        gateway.get().uri("/api/reviews/queue").exchange().expectStatus().isForbidden();
        assertThat(evaluationService.received()).isEmpty();
    }

    @Test
    void evaluationServicesRefusalsComeBackAsItsProblemsAtTheGatewaysPath() {
        evaluationService.answer("POST", "/ideas/" + ID + "/decision", 400, "application/problem+json",
                "{\"title\": \"Invalid request\", \"status\": 400, \"instance\": \"/ideas/" + ID + "/decision\","
                        + " \"errors\": [{\"field\": \"rationale\", \"message\": \"is required\"}]}", Map.of());

        as("erin").post().uri("/api/ideas/{id}/decision", ID).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"outcome\": \"REJECTED\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("rationale")
                .jsonPath("$.instance").isEqualTo("/api/ideas/" + ID + "/decision");
    }

    @Test
    void everyoneSignedInReadsThemesAndHistoryAndAnExecutiveSetsABudget() {
        evaluationService.answerJson("/themes", "[{\"id\": \"customer-experience\"}]");
        evaluationService.answerJson("/ideas/" + ID + "/history", "[]");
        evaluationService.answer("PUT", "/themes/customer-experience/budgets/2027-Q1", 200, "application/json",
                "{\"id\": \"customer-experience\"}", Map.of());

        gateway.get().uri("/api/themes").exchange().expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo("customer-experience");
        gateway.get().uri("/api/ideas/{id}/history", ID).exchange().expectStatus().isOk();
        as("erin").put().uri("/api/themes/customer-experience/budgets/2027-Q1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"amount\": 250000, \"currency\": \"EUR\"}").exchange()
                .expectStatus().isOk();
    }
}
