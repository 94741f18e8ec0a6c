package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

class IdeaCommandForwardingTest extends GatewayIntegrationTest {

    static final String ID = "0b5e8f0e-3f8a-4d55-9a3c-2a7f9e1d4c11";

    static final String SUBMISSION = """
            {"title": "Faster checkout", "problem": "Checkout takes 9 steps", "team": "payments", "effortWeeks": 6}""";

    static final String CREATED = """
            {"id": "%s", "version": 1, "title": "Faster checkout", "team": "payments", "effortWeeks": 6}""".formatted(ID);

    static final String INVALID = """
            {"type":"about:blank","title":"Invalid request","status":400,"detail":"title must be 3 to 200 characters",\
            "instance":"/ideas","errors":[{"field":"title","message":"must be 3 to 200 characters"}]}""";

    @Test
    void forwardsASubmissionAndPointsTheLocationAtTheGateway() {
        ideaService.answer("POST", "/ideas", 201, "application/json", CREATED, Map.of("Location", "/ideas/" + ID));

        gateway.post().uri("/api/ideas")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "checkout-1")
                .bodyValue(SUBMISSION)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/ideas/" + ID)
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().json(CREATED, JsonCompareMode.STRICT);

        assertThat(ideaService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.method()).isEqualTo("POST");
            assertThat(forwarded.body()).isEqualTo(SUBMISSION);
            assertThat(forwarded.headers().getFirst("Idempotency-Key")).isEqualTo("checkout-1");
            assertThat(forwarded.headers().getFirst("Content-Type")).isEqualTo("application/json");
        });
    }

    @Test
    void passesIdeaServicesProblemThroughWithTheGatewaysPathAsInstance() {
        ideaService.answer("POST", "/ideas", 400, "application/problem+json", INVALID, Map.of());

        gateway.post().uri("/api/ideas")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\": \"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(INVALID.replace("\"instance\":\"/ideas\"", "\"instance\":\"/api/ideas\""), JsonCompareMode.STRICT);
    }

    @Test
    void answers503WhenIdeaServiceIsDown() {
        try (StubBackend.Outage outage = ideaService.down()) {
            gateway.post().uri("/api/ideas")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(SUBMISSION)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail").isEqualTo("idea-service could not be reached.");
        }
    }

    @Test
    void refusesABodyOverTheLimitWithoutForwardingIt() {
        String oversized = "{\"title\": \"" + "x".repeat(70_000) + "\"}";

        gateway.post().uri("/api/ideas")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(oversized)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("The request body is larger than 65536 bytes.");

        assertThat(ideaService.received()).isEmpty();
    }
}
