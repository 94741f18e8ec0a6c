package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The local run: demo users with HTTP Basic for API clients, a login page and a CSRF-protected session for browsers. */
class DemoUsersSecurityTest extends GatewayIntegrationTest {

    static final String CREATED = IdeaCommandForwardingTest.CREATED;

    WebTestClient anonymous() {
        return gateway.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build();
    }

    WebTestClient as(String user, String password) {
        return gateway.mutate().defaultHeaders(headers -> headers.setBasicAuth(user, password)).build();
    }

    @Test
    void anAnonymousSubmissionIs401ProblemWithAChallengeAndNeverReachesIdeaService() {
        anonymous().post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"innovation-pipeline\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo("/api/ideas");
        assertThat(ideaService.received()).isEmpty();
    }

    @Test
    void anonymousReadsAndTheLiveFeedAre401() {
        for (String path : List.of("/api/ideas", "/api/ideas/" + IdeaCommandForwardingTest.ID, "/api/roadmap", "/api/events", "/api/me")) {
            anonymous().get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.instance").isEqualTo(path);
        }
    }

    @Test
    void aWrongPasswordIs401() {
        as("alice", "not-the-password").get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    void meTellsWhoIsSignedInWithWhichRoles() {
        Map<String, String> expected = Map.of("alice", "SUBMITTER", "rita", "REVIEWER", "paul", "PLANNER",
                "erin", "EXECUTIVE", "admin", "ADMIN");
        expected.forEach((user, role) -> as(user, "demo").get().uri("/api/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.user").isEqualTo(user)
                .jsonPath("$.roles[0]").isEqualTo(role)
                .jsonPath("$.roles.length()").isEqualTo(1));
    }

    @Test
    void theBackEndLearnsTheAuthenticatedCallerNeverTheHeadersAClientSent() {
        ideaService.answer("POST", "/ideas", 201, "application/json", CREATED, Map.of());

        as("rita", "demo").post().uri("/api/ideas")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "mallory")
                .header("X-Innovation-Roles", "ADMIN")
                .bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isCreated();

        assertThat(ideaService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.headers().get("X-Innovation-User")).containsExactly("rita");
            assertThat(forwarded.headers().get("X-Innovation-Roles")).containsExactly("REVIEWER");
        });
    }

    @Test
    void readsPassTheCallerOnToo() {
        roadmapService.answerJson("/roadmap", "[]");
        as("erin", "demo").get().uri("/api/roadmap").exchange().expectStatus().isOk();
        assertThat(roadmapService.received()).singleElement()
                .satisfies(read -> assertThat(read.headers().getFirst("X-Innovation-User")).isEqualTo("erin"));
    }

    @Test
    void aBrowserIsSentToTheLoginPageAndItsSessionWritesNeedTheCsrfToken() {
        WebTestClient browser = anonymous();
        browser.get().uri("/api/me").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/login");

        EntityExchangeResult<String> page = browser.get().uri("/login").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.getResponseBody());
        assertThat(csrf.find()).as(page.getResponseBody()).isTrue();
        ResponseCookie session = page.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();

        // without the token the login form itself is refused
        browser.post().uri("/login").cookie("SESSION", session.getValue())
                .body(BodyInserters.fromFormData("username", "alice").with("password", "demo"))
                .exchange()
                .expectStatus().isForbidden();

        EntityExchangeResult<Void> login = browser.post().uri("/login").cookie("SESSION", session.getValue())
                .body(BodyInserters.fromFormData("username", "alice").with("password", "demo").with("_csrf", csrf.group(1)))
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/")
                .expectBody().isEmpty();
        ResponseCookie signedIn = login.getResponseCookies().getFirst("SESSION");
        String cookie = signedIn != null ? signedIn.getValue() : session.getValue();

        browser.get().uri("/api/me").cookie("SESSION", cookie).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.user").isEqualTo("alice");

        browser.post().uri("/api/ideas").cookie("SESSION", cookie)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ideaService.received()).isEmpty();
    }

    @Test
    void basicClientsWriteWithoutACsrfToken() {
        ideaService.answer("POST", "/ideas", 201, "application/json", CREATED, Map.of());
        as("alice", "demo").post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("X-RateLimit-Remaining");
    }

    @Test
    void healthAndTheApiDescriptionNeedNoSignIn() {
        anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }
}
