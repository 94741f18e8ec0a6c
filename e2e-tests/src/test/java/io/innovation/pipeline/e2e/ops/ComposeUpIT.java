package io.innovation.pipeline.e2e.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docker compose up} of the top-level docker-compose.yml (images built from the packaged jars), then an idea
 * posted through the gateway reaches the roadmap, Prometheus scrapes all four services and Grafana has the
 * dashboard. Runs only where a Docker engine and {@code docker compose} are available and the base images are
 * present locally (like the Kafka container tests, no image is pulled implicitly: pull them once, see the skip
 * reason, or run with {@code -Dinnovation.compose.pull=true}); elsewhere it is reported as skipped at once.
 * The published host ports are chosen free per run, so a local run on 8080 does not collide.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ComposeUpIT.DockerComposeAvailable.class)
class ComposeUpIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final String IDEA = """
            {"title": "Self-service password reset", "problem": "Support spends a fifth of its time on resets",
             "proposal": "A reset flow with e-mail verification", "submitter": "alice", "team": "identity",
             "themes": ["customer-experience"], "reach": 5000, "impact": 2, "confidence": 80, "effortWeeks": 6,
             "costEstimate": {"amount": 30000, "currency": "EUR"}, "timeCriticality": 8, "riskReduction": 5}
            """;

    ComposeContainer compose;
    int gatewayPort;
    int prometheusPort;
    int grafanaPort;

    @BeforeAll
    void up() throws IOException {
        gatewayPort = freePort();
        prometheusPort = freePort();
        grafanaPort = freePort();
        compose = new ComposeContainer(Repository.file("docker-compose.yml").toFile())
                .withEnv(Map.of(
                        "GATEWAY_HOST_PORT", String.valueOf(gatewayPort),
                        "PROMETHEUS_HOST_PORT", String.valueOf(prometheusPort),
                        "GRAFANA_HOST_PORT", String.valueOf(grafanaPort),
                        "KAFKA_HOST_PORT", String.valueOf(freePort())))
                .withBuild(true)
                .withPull(Boolean.getBoolean("innovation.compose.pull"))
                .withRemoveVolumes(true)
                .withStartupTimeout(Duration.ofMinutes(10));
        compose.start();
    }

    @AfterAll
    void down() {
        if (compose != null) {
            compose.stop();
        }
    }

    @Test
    void anIdeaPostedThroughTheGatewayReachesTheRoadmapAndPrometheusAndGrafanaWatch() throws Exception {
        URI gateway = URI.create("http://127.0.0.1:" + gatewayPort);
        // the back-ends may still be starting: the gateway answers 503 (or cannot reach them) until they are ready
        String[] id = new String[1];
        await("an idea accepted by the gateway").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            HttpResponse<String> created = send(HttpRequest.newBuilder(gateway.resolve("/api/ideas"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(IDEA)));
            if (created != null && created.statusCode() == 201) {
                id[0] = JSON.readTree(created.body()).get("id").asString();
                return true;
            }
            return false;
        });
        await("the idea scheduled").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> view = send(HttpRequest.newBuilder(gateway.resolve("/api/ideas/" + id[0])).GET());
            return view != null && view.statusCode() == 200 && "SCHEDULED".equals(JSON.readTree(view.body()).path("status").asString());
        });

        URI prometheus = URI.create("http://127.0.0.1:" + prometheusPort);
        String query = URLEncoder.encode("sum by (application) (up)", StandardCharsets.UTF_8);
        await("Prometheus scrapes the four services").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            HttpResponse<String> up = send(HttpRequest.newBuilder(prometheus.resolve("/api/v1/query?query=" + query)).GET());
            if (up == null || up.statusCode() != 200) {
                return false;
            }
            List<String> applications = new ArrayList<>();
            for (JsonNode result : JSON.readTree(up.body()).path("data").path("result")) {
                if (result.path("value").get(1).asString().equals("1")) {
                    applications.add(result.path("metric").path("application").asString());
                }
            }
            return applications.containsAll(List.of("gateway", "idea-service", "evaluation-service", "roadmap-service"));
        });
        HttpResponse<String> rules = send(HttpRequest.newBuilder(prometheus.resolve("/api/v1/rules")).GET());
        assertThat(rules.body()).contains("InnovationServiceDown", "InnovationDeadLetters");

        URI grafana = URI.create("http://127.0.0.1:" + grafanaPort);
        await("Grafana serves the provisioned dashboard").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            HttpResponse<String> dashboard = send(HttpRequest.newBuilder(grafana.resolve("/api/dashboards/uid/innovation-pipeline")).GET());
            return dashboard != null && dashboard.statusCode() == 200 && dashboard.body().contains("Innovation Pipeline");
        });
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Enabled where a Docker engine, docker compose and the base images are there; skipped with the reason otherwise. */
    static final class DockerComposeAvailable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return ConditionEvaluationResult.disabled("docker compose test skipped: no Docker engine");
            }
            Tool docker = Tool.find("docker").orElse(null);
            if (docker == null || docker.run(Repository.root(), Duration.ofSeconds(30), "compose", "version").exitCode() != 0) {
                return ConditionEvaluationResult.disabled("docker compose test skipped: the docker CLI with the compose plugin is not installed");
            }
            if (!Boolean.getBoolean("innovation.compose.pull")) {
                List<String> missing = new ArrayList<>();
                for (String image : baseImages()) {
                    try {
                        DockerClientFactory.lazyClient().inspectImageCmd(image).exec();
                    } catch (RuntimeException e) {
                        missing.add(image);
                    }
                }
                if (!missing.isEmpty()) {
                    return ConditionEvaluationResult.disabled("docker compose test skipped: images not present locally " + missing
                            + " (docker compose pull && docker pull <the Dockerfile's JAVA_IMAGE>, or -Dinnovation.compose.pull=true)");
                }
            }
            return ConditionEvaluationResult.enabled("Docker engine, docker compose and the images are available");
        }

        /** The images the compose file runs as they are, and the one the services' images are built on. */
        @SuppressWarnings("unchecked")
        static List<String> baseImages() {
            List<String> images = new ArrayList<>();
            ((Map<String, Map<String, Object>>) Repository.yaml("docker-compose.yml").get("services")).values().forEach(service -> {
                if (!service.containsKey("build")) {
                    images.add(String.valueOf(service.get("image")));
                }
            });
            Matcher java = Pattern.compile("(?m)^ARG JAVA_IMAGE=(\\S+)").matcher(Repository.read("deploy/docker/Dockerfile"));
            if (java.find()) {
                images.add(java.group(1));
            }
            return images;
        }
    }
}
