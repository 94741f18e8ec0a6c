package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.innovation.pipeline.gateway.compose.Part;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A back-end's circuit breaker (in the tests: open after 4 calls with half of them failed, and open until moved on,
 * see GatewayIntegrationTest): while open, the composed view answers without that part and without calling the
 * back-end, commands get 503 with Retry-After, and Prometheus shows the state.
 */
class CircuitBreakerTest extends GatewayIntegrationTest {

    static final String ID = ComposedIdeaViewTest.ID;

    @Test
    void anOpenBreakerLeavesItsPartOutUntilTrialCallsSucceedAgain() {
        ideaService.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA);
        CircuitBreaker evaluation = breakers.of(Part.EVALUATION);

        try (StubBackend.Outage outage = evaluationService.down()) {
            for (int call = 0; call < 4; call++) {
                viewWithout("evaluation");
            }
        }
        assertThat(evaluation.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(scrape()).containsPattern(
                "resilience4j_circuitbreaker_state\\{[^}]*name=\"evaluation-service\",state=\"open\"} 1\\.0");

        // evaluation-service listens again, but an open breaker does not call it
        evaluationService.answerJson("/evaluations/" + ID, ComposedIdeaViewTest.APPROVED);
        viewWithout("evaluation");
        assertThat(evaluationService.received()).isEmpty();

        // the end of the wait in open state (a minute in these tests): trial calls go through, and succeed
        evaluation.transitionToHalfOpenState();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            gateway.get().uri("/api/ideas/{id}", ID).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("APPROVED")
                    .jsonPath("$.unavailable").value(empty());
            assertThat(evaluation.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        });
        assertThat(scrape()).containsPattern(
                "resilience4j_circuitbreaker_state\\{[^}]*name=\"evaluation-service\",state=\"closed\"} 1\\.0");
    }

    @Test
    void aCommandForABackEndWhoseBreakerIsOpenGets503WithRetryAfter() {
        breakers.of(Part.IDEA).transitionToOpenState();

        gateway.post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "60")
                .expectBody()
                .jsonPath("$.detail").isEqualTo("idea-service is not being called for now: too many of its recent calls failed.")
                .jsonPath("$.instance").isEqualTo("/api/ideas");
        assertThat(ideaService.received()).isEmpty();
    }

    @Test
    void answersThatAre5xxCountAsFailuresAndOthersDoNot() {
        CircuitBreaker roadmap = breakers.of(Part.ROADMAP);
        roadmapService.answer("GET", "/roadmap?team=web", 500, "application/problem+json", "{\"status\":500}", Map.of());
        for (int call = 0; call < 2; call++) {
            gateway.get().uri("/api/roadmap?team=web").exchange().expectStatus().isEqualTo(500);
            gateway.get().uri("/api/roadmap?team=none").exchange().expectStatus().isNotFound();
        }

        assertThat(roadmap.getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
        assertThat(roadmap.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(2);
    }

    private void viewWithout(String part) {
        gateway.get().uri("/api/ideas/{id}", ID).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.idea.title").isEqualTo("Faster checkout")
                .jsonPath("$.unavailable").value(contains(part))
                .jsonPath("$.statusReason").value(reason -> assertThat((String) reason).contains("may be behind"));
    }

    private String scrape() {
        return gateway.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
