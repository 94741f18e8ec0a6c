package io.innovation.pipeline.e2e.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/**
 * The top-level docker-compose.yml, offline: {@code docker-compose config -q} accepts it (skipped where
 * docker-compose is not installed), and it runs what the design says, built the way it says. Bringing it up is
 * ComposeUpIT's job, where a Docker engine runs.
 */
class ComposeFileTest {
    static final List<String> BACK_ENDS = List.of("idea-service", "evaluation-service", "roadmap-service");
    static final Map<String, Integer> PORTS = Map.of("idea-service", 8081, "evaluation-service", 8082, "roadmap-service", 8083, "gateway", 8080);

    @Test
    void dockerComposeAcceptsTheFile() {
        Tool compose = Tool.require("docker-compose", "docker-compose");
        Tool.Result result = compose.run(Repository.root(), Duration.ofMinutes(1), "-f", "docker-compose.yml", "config", "-q");
        assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    @Test
    void itRunsKafkaTheFourServicesPrometheusAndGrafana() {
        assertThat(services().keySet()).containsExactlyInAnyOrder(
                "kafka", "idea-service", "evaluation-service", "roadmap-service", "gateway", "prometheus", "grafana");
        // the broker at the Kafka version Spring Boot manages, which the services' clients use
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        assertThat(environment("kafka")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServicesAreBuiltFromTheirJarsAndReachEachOtherByName() {
        for (String name : PORTS.keySet()) {
            Map<String, Object> build = (Map<String, Object>) service(name).get("build");
            assertThat(build).as("build of %s", name).containsEntry("dockerfile", "deploy/docker/Dockerfile");
            assertThat((Map<String, Object>) build.get("args")).containsEntry("SERVICE", name);
            assertThat(environment(name)).as("environment of %s", name)
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("HTTP_PORT", String.valueOf(PORTS.get(name)));
            assertThat((Map<String, Object>) service(name).get("depends_on")).containsKey("kafka");
        }
        for (String name : BACK_ENDS) {
            assertThat(environment(name)).as("environment of %s", name)
                    .containsEntry("CREATE_TOPICS", "true")  // the catalogue's topics, created by the services
                    .containsEntry("ADVERTISED_ADDRESS", name + ":" + PORTS.get(name));
        }
        assertThat(environment("gateway"))
                .containsEntry("IDEA_SERVICE_URL", "http://idea-service:8081")
                .containsEntry("EVALUATION_SERVICE_URL", "http://evaluation-service:8082")
                .containsEntry("ROADMAP_SERVICE_URL", "http://roadmap-service:8083");
    }

    @Test
    void theImageRunsTheLayeredJarAsAnUnprivilegedUserAndChecksReadiness() {
        String dockerfile = Repository.read("deploy/docker/Dockerfile");
        assertThat(dockerfile).contains("-Djarmode=tools", "extract --layers --launcher", "org.springframework.boot.loader.launch.JarLauncher");
        assertThat(dockerfile).containsPattern("(?m)^USER (?!0|root)\\S+");
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*\\n.*/actuator/health/readiness");
        assertThat(Repository.read(".dockerignore")).contains("!*/target/*-exec.jar");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusAndGrafanaGetTheRulesAndTheDashboardOfThisRepository() {
        for (String name : List.of("prometheus", "grafana")) {
            for (Object volume : (List<Object>) service(name).get("volumes")) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Files.exists(Repository.root().resolve(source))).as("%s mounts %s", name, source).isTrue();
                }
            }
        }
        assertThat(service("prometheus").get("volumes").toString())
                .contains("./deploy/prometheus/prometheus.yml:", "./deploy/prometheus/rules:", "./deploy/prometheus/targets/compose.yml:");
        assertThat(service("grafana").get("volumes").toString())
                .contains("./deploy/grafana/provisioning:", "./deploy/grafana/dashboards:");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) Repository.yaml("docker-compose.yml").get("services");
    }

    static Map<String, Object> service(String name) {
        return services().get(name);
    }

    /** The service's environment with the YAML merge keys (<<: *anchor) resolved by SnakeYAML. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }
}
