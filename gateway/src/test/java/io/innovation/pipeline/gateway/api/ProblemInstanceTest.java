package io.innovation.pipeline.gateway.api;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every problem answer names the gateway's own path in {@code instance}: the gateway's own problems and those it
 * relays from a back-end, whether the back-end named its own path or none. (401, 403 and 429: the security tests;
 * an open breaker: CircuitBreakerTest.)
 */
class ProblemInstanceTest extends GatewayIntegrationTest {

    static final String ID = ComposedIdeaViewTest.ID;

    @Test
    void theGatewaysOwnProblemsNameThePathCalled() {
        expectProblem(404, "/api/ideas/" + ID, client -> client.get().uri("/api/ideas/{id}", ID).exchange());
        try (StubBackend.Outage outage = ideaService.down()) {
            expectProblem(503, "/api/ideas/" + ID, client -> client.get().uri("/api/ideas/{id}", ID).exchange());
            expectProblem(503, "/api/ideas", client -> client.post().uri("/api/ideas")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION).exchange());
        }
        expectProblem(400, "/api/ideas", client -> client.get().uri("/api/ideas?size=0").exchange());
        expectProblem(400, "/api/ideas", client -> client.get().uri("/api/ideas?cursor=not-ours").exchange());
        expectProblem(413, "/api/ideas", client -> client.post().uri("/api/ideas")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("\"" + "x".repeat(70_000) + "\"").exchange());
        expectProblem(404, "/api/no-such-route", client -> client.get().uri("/api/no-such-route").exchange());
    }

    @Test
    void aRelayedProblemNamesTheGatewaysPathWhetherTheBackEndNamedItsOwnOrNone() {
        ideaService.answer("POST", "/ideas", 415, "application/problem+json",
                "{\"title\":\"Unsupported Media Type\",\"status\":415,\"instance\":\"/ideas\"}", Map.of());
        expectProblem(415, "/api/ideas", client -> client.post().uri("/api/ideas")
                .contentType(MediaType.TEXT_PLAIN).bodyValue("an idea").exchange());

        roadmapService.answer("GET", "/roadmap?team=web", 404, "application/problem+json",
                "{\"title\":\"Not Found\",\"status\":404}", Map.of());
        expectProblem(404, "/api/roadmap", client -> client.get().uri("/api/roadmap?team=web").exchange());
    }

    private void expectProblem(int status, String instance, Function<WebTestClient, WebTestClient.ResponseSpec> call) {
        call.apply(gateway)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo(instance);
    }
}
