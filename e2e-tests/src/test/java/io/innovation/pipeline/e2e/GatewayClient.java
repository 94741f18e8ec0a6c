package io.innovation.pipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's HTTP API as a client uses it: signed in with HTTP Basic as a demo user (alice unless named). */
final class GatewayClient {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DEMO_PASSWORD = "demo";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String user;
    private final String authorization;

    GatewayClient(URI base) {
        this(base, "alice", DEMO_PASSWORD);
    }

    GatewayClient(URI base, String user, String password) {
        this.base = base;
        this.user = user;
        this.authorization = password == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The signed-in user's name. */
    String user() {
        return user;
    }

    /** The same gateway without credentials. */
    GatewayClient anonymous() {
        return new GatewayClient(base, null, null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    /** Polls the composed view until the idea has {@code status}; returns that view. */
    JsonNode awaitStatus(String ideaId, String status) {
        JsonNode[] last = new JsonNode[1];
        await("idea " + ideaId + " " + status).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    HttpResponse<String> response = get("/api/ideas/" + ideaId);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    last[0] = JSON.readTree(response.body());
                    assertThat(last[0].get("status").asString()).as(response.body()).isEqualTo(status);
                });
        return last[0];
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path), json);
    }

    /** A POST that continues the caller's trace: a W3C {@code traceparent} header, as a traced client sends it. */
    HttpResponse<String> postInTrace(String path, String json, String traceId) throws Exception {
        return send(request(path).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"), json);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String json) throws Exception {
        return http.send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
