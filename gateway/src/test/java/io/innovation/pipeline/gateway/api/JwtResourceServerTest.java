package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as an OAuth2 resource server: real RS256-signed JWTs from a test key whose JWK set a stub
 * identity provider serves. Demo users are off. Writes are limited to 2 per user here, to see the 429.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "innovation.gateway.part-timeout=3s",
                "spring.kafka.bootstrap-servers=" + GatewayIntegrationTest.NO_KAFKA,
                "spring.cloud.stream.kafka.binder.health-timeout=1",
                "innovation.gateway.security.jwt.issuer-uri=" + JwtResourceServerTest.ISSUER,
                "innovation.gateway.security.jwt.audiences=innovation-gateway",
                "innovation.gateway.security.write-rate-limit.capacity=2",
                "innovation.gateway.security.write-rate-limit.period=1h"})
@AutoConfigureWebTestClient
class JwtResourceServerTest {

    static final String ISSUER = "https://idp.test/realms/innovation";
    static final String AUDIENCE = "innovation-gateway";

    static final RSAKey KEY = newKey("test-key");
    static final RSAKey OTHER_KEY = newKey("test-key");
    static final HttpServer IDP = jwkSetServer(KEY);
    static final StubBackend ideaService = new StubBackend();
    static final StubBackend evaluationService = new StubBackend();
    static final StubBackend roadmapService = new StubBackend();

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        registry.add("innovation.gateway.security.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + IDP.getAddress().getPort() + "/certs");
        registry.add("innovation.gateway.idea-service-url", ideaService::url);
        registry.add("innovation.gateway.evaluation-service-url", evaluationService::url);
        registry.add("innovation.gateway.roadmap-service-url", roadmapService::url);
    }

    @Autowired
    WebTestClient gateway;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void resetStubs() {
        ideaService.reset();
    }

    @AfterAll
    static void stopIdp() {
        IDP.stop(0);
    }

    @Test
    void aValidTokenSignsTheUserInWithTheRolesOfTheConfiguredClaims() {
        bearer(token(claims -> claims.claim("realm_access", Map.of("roles", List.of("submitter", "offline_access")))))
                .get().uri("/api/me").exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"user\": \"dana\", \"roles\": [\"SUBMITTER\"]}");
        bearer(token(claims -> claims.claim("groups", List.of("/executive", "/staff")).claim("roles", "ADMIN")))
                .get().uri("/api/me").exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"user\": \"dana\", \"roles\": [\"EXECUTIVE\", \"ADMIN\"]}");
        bearer(token(claims -> claims.claim("roles", "SUBMITTER").claim("teams", List.of("web", "identity"))))
                .get().uri("/api/me").exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"user\": \"dana\", \"roles\": [\"SUBMITTER\"], \"teams\": [\"identity\", \"web\"]}");
    }

    @Test
    void theCallerFromTheTokenReachesTheBackEnd() {
        ideaService.answer("POST", "/ideas", 201, "application/json", IdeaCommandForwardingTest.CREATED, Map.of());
        bearer(token(claims -> claims.subject("c0ffee").claim("preferred_username", "frank").claim("roles", List.of("PLANNER"))))
                .post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "mallory")
                .bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isCreated();
        assertThat(ideaService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.headers().get("X-Innovation-User")).containsExactly("frank");
            assertThat(forwarded.headers().get("X-Innovation-Roles")).containsExactly("PLANNER");
        });
    }

    @Test
    void anExpiredTokenIs401WithABearerChallenge() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        refused(token(claims -> claims.issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        refused(token(claims -> claims.issuer("https://elsewhere.test/realms/innovation")));
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        refused(token(claims -> claims.audience("some-other-api")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        refused(sign(OTHER_KEY, claims(claims -> {})));
    }

    @Test
    void aTokenWithoutAPipelineRoleIsSignedInButForbiddenTheApi() {
        String token = token(claims -> claims.claim("realm_access", Map.of("roles", List.of("offline_access"))));
        bearer(token).get().uri("/api/me").exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"user\": \"dana\", \"roles\": []}");
        bearer(token).get().uri("/api/ideas").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.instance").isEqualTo("/api/ideas");
        bearer(token).post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(IdeaCommandForwardingTest.SUBMISSION).exchange()
                .expectStatus().isForbidden();
        assertThat(ideaService.received()).isEmpty();
    }

    @Test
    void demoUsersAndAnonymousCallersAreRefusedWithABearerChallenge() {
        gateway.get().uri("/api/me").headers(headers -> headers.setBasicAuth("alice", "demo")).exchange()
                .expectStatus().isUnauthorized();
        gateway.post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void writesBeyondTheUsersLimitAre429WithRetryAfterAndOtherUsersAreNotAffected() {
        ideaService.answer("POST", "/ideas", 201, "application/json", IdeaCommandForwardingTest.CREATED, Map.of());
        WebTestClient busy = bearer(token(claims -> claims.claim("preferred_username", "busy").claim("roles", List.of("SUBMITTER"))));
        for (int i = 0; i < 2; i++) {
            busy.post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                    .exchange().expectStatus().isCreated();
        }
        busy.post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isPositive())
                .expectBody().jsonPath("$.status").isEqualTo(429);
        busy.get().uri("/api/me").exchange().expectStatus().isOk(); // reads are not limited
        assertThat(ideaService.received()).hasSize(2);
        assertThat(meters.get("innovation.gateway.rate.limited").counter().count()).isEqualTo(1);

        bearer(token(claims -> claims.claim("preferred_username", "calm").claim("roles", List.of("SUBMITTER"))))
                .post().uri("/api/ideas").contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange().expectStatus().isCreated();
    }

    private void refused(String token) {
        bearer(token).get().uri("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.instance").isEqualTo("/api/me");
    }

    private WebTestClient bearer(String token) {
        return gateway.mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    /** A valid token of user dana (a role is added by the customizer where the test needs one), then changed. */
    private static String token(Consumer<JWTClaimsSet.Builder> change) {
        return sign(KEY, claims(change));
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .subject("3f1c2a9e-dana")
                .claim("preferred_username", "dana")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        change.accept(claims);
        return claims.build();
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity provider's JWK set endpoint, serving the public half of the test key. */
    private static HttpServer jwkSetServer(RSAKey key) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
