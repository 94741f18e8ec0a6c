package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

/** Edits, withdrawals, votes and comments go to idea-service as they came, with the caller; If-Match goes, ETag comes back. */
class IdeaLifecycleRelayTest extends GatewayIntegrationTest {

    static final String ID = "0b5e8f0e-3f8a-4d55-9a3c-2a7f9e1d4c11";
    static final String EDIT = """
            {"title": "Faster checkout", "problem": "Checkout takes 9 steps", "team": "payments", "effortWeeks": 4}""";
    static final String EDITED = """
            {"id": "%s", "version": 3, "title": "Faster checkout", "team": "payments", "effortWeeks": 4}""".formatted(ID);
    static final String STALE = """
            {"type":"about:blank","title":"Precondition Failed","status":412,"detail":"the idea is at version 3","instance":"/ideas/%s"}"""
            .formatted(ID);

    @Test
    void anEditCarriesIfMatchToIdeaServiceAndItsETagBack() {
        ideaService.answer("PUT", "/ideas/" + ID, 200, "application/json", EDITED, Map.of("ETag", "\"3\""));

        gateway.put().uri("/api/ideas/{id}", ID)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"")
                .bodyValue(EDIT)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody().json(EDITED, JsonCompareMode.STRICT);

        assertThat(ideaService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.method()).isEqualTo("PUT");
            assertThat(forwarded.body()).isEqualTo(EDIT);
            assertThat(forwarded.headers().getFirst("If-Match")).isEqualTo("\"2\"");
            assertThat(forwarded.headers().getFirst("X-Innovation-User")).isEqualTo("alice");
        });
    }

    @Test
    void aStaleEditsProblemComesBackWithTheGatewaysPath() {
        ideaService.answer("PUT", "/ideas/" + ID, 412, "application/problem+json", STALE, Map.of());

        gateway.put().uri("/api/ideas/{id}", ID)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"")
                .bodyValue(EDIT)
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo("/api/ideas/" + ID);
    }

    @Test
    void votesCommentsAndWithdrawalsAreRelayedWithTheCaller() {
        ideaService.answer("PUT", "/ideas/" + ID + "/vote", 200, "application/json", "{\"votes\": 1}", Map.of("ETag", "\"1\""));
        ideaService.answer("DELETE", "/ideas/" + ID + "/vote", 200, "application/json", "{\"votes\": 0}", Map.of());
        ideaService.answer("POST", "/ideas/" + ID + "/comments", 201, "application/json", "{\"id\": \"c-1\"}",
                Map.of("Location", "/ideas/" + ID + "/comments/c-1"));
        ideaService.answer("GET", "/ideas/" + ID + "/comments", 200, "application/json", "[{\"id\": \"c-1\"}]", Map.of());
        ideaService.answer("PUT", "/ideas/" + ID + "/comments/c-1", 200, "application/json", "{\"id\": \"c-1\"}", Map.of());
        ideaService.answer("DELETE", "/ideas/" + ID + "/comments/c-1", 204, "application/json", "", Map.of());
        ideaService.answer("POST", "/ideas/" + ID + "/withdrawal", 200, "application/json", "{\"status\": \"WITHDRAWN\"}", Map.of());
        ideaService.answer("POST", "/ideas/" + ID + "/merge", 200, "application/json", "{\"status\": \"MERGED\"}", Map.of());

        gateway.put().uri("/api/ideas/{id}/vote", ID).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.votes").isEqualTo(1);
        gateway.delete().uri("/api/ideas/{id}/vote", ID).exchange().expectStatus().isOk();
        gateway.post().uri("/api/ideas/{id}/comments", ID).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "k-1")
                .bodyValue("{\"text\": \"Which screens first?\"}").exchange()
                .expectStatus().isCreated().expectHeader().location("/api/ideas/" + ID + "/comments/c-1");
        gateway.get().uri("/api/ideas/{id}/comments", ID).exchange().expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo("c-1");
        gateway.put().uri("/api/ideas/{id}/comments/c-1", ID).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"Which screens come first?\"}").exchange().expectStatus().isOk();
        gateway.delete().uri("/api/ideas/{id}/comments/c-1", ID).exchange().expectStatus().isNoContent();
        gateway.post().uri("/api/ideas/{id}/withdrawal", ID).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\": \"done elsewhere\"}").exchange().expectStatus().isOk();
        gateway.post().uri("/api/ideas/{id}/merge", ID).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"into\": \"" + ID + "\"}").exchange().expectStatus().isOk();

        assertThat(ideaService.received()).extracting(r -> r.method() + " " + r.target()).containsExactly(
                "PUT /ideas/" + ID + "/vote", "DELETE /ideas/" + ID + "/vote", "POST /ideas/" + ID + "/comments",
                "GET /ideas/" + ID + "/comments", "PUT /ideas/" + ID + "/comments/c-1", "DELETE /ideas/" + ID + "/comments/c-1",
                "POST /ideas/" + ID + "/withdrawal", "POST /ideas/" + ID + "/merge");
        assertThat(ideaService.received()).allSatisfy(r -> assertThat(r.headers().getFirst("X-Innovation-User")).isEqualTo("alice"));
        assertThat(ideaService.received().get(2).headers().getFirst("Idempotency-Key")).isEqualTo("k-1");
        assertThat(ideaService.received().get(2).body()).isEqualTo("{\"text\": \"Which screens first?\"}");
    }

    @Test
    void aClientsIdentityHeadersNeverReachIdeaService() {
        ideaService.answer("PUT", "/ideas/" + ID + "/vote", 200, "application/json", "{\"votes\": 1}", Map.of());
        gateway.put().uri("/api/ideas/{id}/vote", ID).header("X-Innovation-User", "mallory").exchange().expectStatus().isOk();
        assertThat(ideaService.received()).singleElement()
                .satisfies(r -> assertThat(r.headers().getFirst("X-Innovation-User")).isEqualTo("alice"));
    }
}
