package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browsers signing in at the OIDC provider (authorization code flow) while API clients keep using bearer tokens of
 * the same issuer. The provider is a stand-in on 127.0.0.1: discovery document, JWK set, and a token endpoint that
 * answers with the ID token the test signs with the test key, carrying the nonce of the authorization request.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "innovation.gateway.part-timeout=3s",
                "spring.kafka.bootstrap-servers=" + GatewayIntegrationTest.NO_KAFKA,
                "spring.cloud.stream.kafka.binder.health-timeout=1",
                "innovation.gateway.security.jwt.audiences=" + JwtResourceServerTest.AUDIENCE,
                "innovation.gateway.security.oidc.client-id=" + OidcBrowserSignInTest.CLIENT_ID,
                "innovation.gateway.security.oidc.client-secret=" + OidcBrowserSignInTest.CLIENT_SECRET})
class OidcBrowserSignInTest {

    static final String CLIENT_ID = "innovation-web";
    static final String CLIENT_SECRET = "web-secret";

    static final RSAKey KEY = JwtResourceServerTest.newKey("provider-key");
    static final Provider PROVIDER = new Provider(KEY);
    /** The back-ends of the shared integration context: stand-ins on 127.0.0.1, reset after each test. */
    static final StubBackend ideaService = GatewayIntegrationTest.ideaService;

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        registry.add("innovation.gateway.security.jwt.issuer-uri", PROVIDER::issuer);
        GatewayIntegrationTest.pointAtStubs(registry);
    }

    @LocalServerPort
    int port;

    WebTestClient gateway;

    @BeforeEach
    void connect() {
        gateway = FreshConnections.toGatewayAt(port);
    }

    @AfterEach
    void reset() {
        ideaService.reset();
        PROVIDER.tokenRequests.clear();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.server.stop(0);
    }

    @Test
    void aBrowserSignsInAtTheProviderAndIsTheUserOfItsIdTokenOnASessionWithCsrf() {
        ideaService.answer("POST", "/ideas", 201, "application/json", IdeaCommandForwardingTest.CREATED, Map.of());
        String session = signIn(claims -> claims.claim("preferred_username", "dana")
                .claim("roles", List.of("reviewer", "offline_access"))
                .claim("teams", List.of("web", "identity")));

        gateway.get().uri("/api/me").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"user\": \"dana\", \"roles\": [\"REVIEWER\"], \"teams\": [\"identity\", \"web\"]}", true);
        gateway.get().uri("/").accept(MediaType.TEXT_HTML).cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);

        gateway.post().uri("/api/ideas").cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ideaService.received()).isEmpty();
        EntityExchangeResult<String> csrfAnswer = gateway.get().uri("/api/me/csrf").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        JsonNode csrf = json(csrfAnswer.getResponseBody());
        // a new CSRF token comes with a new session id (Spring's fixation protection), as a browser follows
        session = renewed(csrfAnswer, session);
        gateway.post().uri("/api/ideas").cookie("SESSION", session)
                .header(csrf.get("headerName").asString(), csrf.get("token").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isCreated();
        assertThat(ideaService.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.headers().getFirst("X-Innovation-User")).isEqualTo("dana");
            assertThat(forwarded.headers().getFirst("X-Innovation-Roles")).isEqualTo("REVIEWER");
            assertThat(forwarded.headers().getFirst("X-Innovation-Teams")).isEqualTo("identity,web");
        });

        // signing out ends the session; the provider has no end-session endpoint here, so back to the web UI
        gateway.post().uri("/logout").cookie("SESSION", session)
                .body(BodyInserters.fromFormData(csrf.get("parameterName").asString(), csrf.get("token").asString()))
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/");
        gateway.get().uri("/api/me").cookie("SESSION", session).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void withoutTheConfiguredNameClaimTheUserIsTheSubject() {
        String session = signIn(claims -> claims.claim("groups", List.of("/planner")));
        gateway.get().uri("/api/me").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"user\": \"3f1c2a9e-dana\", \"roles\": [\"PLANNER\"], \"teams\": []}", true);
    }

    @Test
    void aCallbackWithAStateTheGatewayDidNotIssueSignsNobodyIn() {
        String session = startSignIn().session();
        EntityExchangeResult<byte[]> callback = gateway.get()
                .uri("/login/oauth2/code/oidc?code=stolen&state=forged").cookie("SESSION", session).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.instance").isEqualTo("/login/oauth2/code/oidc")
                .returnResult();
        assertThat(PROVIDER.tokenRequests).isEmpty();
        gateway.get().uri("/api/me").cookie("SESSION", renewed(callback, session)).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void apiClientsUseBearerTokensAndWithoutCredentialsGetABearerChallenge() {
        String token = JwtResourceServerTest.sign(KEY, PROVIDER.claims(claims -> claims
                .audience(JwtResourceServerTest.AUDIENCE).claim("preferred_username", "frank").claim("roles", List.of("PLANNER"))));
        gateway.get().uri("/api/me").headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().json("{\"user\": \"frank\", \"roles\": [\"PLANNER\"]}");

        gateway.get().uri("/api/me").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.instance").isEqualTo("/api/me");
        gateway.get().uri("/api/me").headers(headers -> headers.setBasicAuth("alice", "demo")).exchange()
                .expectStatus().isUnauthorized();
    }

    /** The browser's whole journey; the session cookie it ends with. */
    private String signIn(Consumer<JWTClaimsSet.Builder> userClaims) {
        AuthorizationRequest request = startSignIn();
        PROVIDER.idToken.set(JwtResourceServerTest.sign(KEY, PROVIDER.claims(claims -> {
            claims.audience(CLIENT_ID).claim("nonce", request.nonce());
            userClaims.accept(claims);
        })));
        EntityExchangeResult<Void> callback = gateway.get()
                .uri("/login/oauth2/code/oidc?code=the-code&state={state}", request.state()).cookie("SESSION", request.session())
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/")
                .expectBody().isEmpty();

        assertThat(PROVIDER.tokenRequests).singleElement().satisfies(tokenRequest -> {
            assertThat(decoded(tokenRequest.form().getFirst("grant_type"))).isEqualTo("authorization_code");
            assertThat(decoded(tokenRequest.form().getFirst("code"))).isEqualTo("the-code");
            assertThat(decoded(tokenRequest.form().getFirst("redirect_uri"))).isEqualTo(request.redirectUri());
            assertThat(tokenRequest.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
        });
        return renewed(callback, request.session());
    }

    /** A browser asks for the web UI and is sent on to the provider's authorization endpoint. */
    private AuthorizationRequest startSignIn() {
        EntityExchangeResult<Void> page = gateway.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/oauth2/authorization/oidc")
                .expectBody().isEmpty();
        EntityExchangeResult<Void> toProvider = withSession(gateway.get().uri("/oauth2/authorization/oidc"), page)
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectBody().isEmpty();
        String session = renewed(toProvider, cookie(page));
        assertThat(session).isNotNull();

        URI location = toProvider.getResponseHeaders().getLocation();
        assertThat(location.toString()).startsWith(PROVIDER.issuer() + "/authorize?");
        MultiValueMap<String, String> parameters = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(decoded(parameters.getFirst("response_type"))).isEqualTo("code");
        assertThat(decoded(parameters.getFirst("client_id"))).isEqualTo(CLIENT_ID);
        assertThat(decoded(parameters.getFirst("scope"))).isEqualTo("openid profile email");
        String redirectUri = decoded(parameters.getFirst("redirect_uri"));
        assertThat(redirectUri).matches("http://localhost:\\d+/login/oauth2/code/oidc");
        String state = decoded(parameters.getFirst("state"));
        String nonce = decoded(parameters.getFirst("nonce"));
        assertThat(state).isNotBlank();
        assertThat(nonce).isNotBlank();
        return new AuthorizationRequest(session, state, nonce, redirectUri);
    }

    private static WebTestClient.RequestHeadersSpec<?> withSession(WebTestClient.RequestHeadersSpec<?> request, EntityExchangeResult<?> earlier) {
        String session = cookie(earlier);
        return session == null ? request : request.cookie("SESSION", session);
    }

    private static String cookie(EntityExchangeResult<?> result) {
        ResponseCookie cookie = result.getResponseCookies().getFirst("SESSION");
        return cookie == null ? null : cookie.getValue();
    }

    /** The session cookie a response set (a sign-in starts a new session), else the one the browser had. */
    private static String renewed(EntityExchangeResult<?> result, String session) {
        String renewed = cookie(result);
        return renewed != null ? renewed : session;
    }

    private static String decoded(String parameter) {
        return parameter == null ? null : URLDecoder.decode(parameter, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private record AuthorizationRequest(String session, String state, String nonce, String redirectUri) {
    }

    /** A request to the token endpoint: its form fields (URL-encoded) and Authorization header. */
    private record TokenRequest(MultiValueMap<String, String> form, String authorization) {
    }

    /** The stand-in OIDC provider: discovery, JWK set (the public half of the test key) and the token endpoint. */
    static final class Provider {
        final HttpServer server;
        final AtomicReference<String> idToken = new AtomicReference<>();
        final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();

        Provider(RSAKey key) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String issuer = issuer();
            String discovery = """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                     "jwks_uri": "%1$s/certs", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer);
            server.createContext("/.well-known/openid-configuration", exchange -> send(exchange, discovery));
            server.createContext("/certs", exchange -> send(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/token", exchange -> {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                tokenRequests.add(new TokenRequest(
                        UriComponentsBuilder.newInstance().query(form).build().getQueryParams(),
                        exchange.getRequestHeaders().getFirst("Authorization")));
                send(exchange, """
                        {"access_token": "opaque-access-token", "token_type": "Bearer", "expires_in": 300,
                         "scope": "openid profile email", "id_token": "%s"}""".formatted(idToken.get()));
            });
            server.start();
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        /** Claims of user dana from this provider, valid for five minutes, then changed. */
        JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject("3f1c2a9e-dana")
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
            change.accept(claims);
            return claims.build();
        }

        private static void send(HttpExchange exchange, String json) throws IOException {
            // in the test's output, to tell a slow provider from a slow gateway should a sign-in run past its bound
            System.out.println(Instant.now() + " stand-in provider answers " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }
}
