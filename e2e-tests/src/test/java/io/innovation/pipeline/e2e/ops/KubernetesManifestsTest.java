package io.innovation.pipeline.e2e.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/k8s: each overlay renders offline ({@code kubectl kustomize}; skipped where kubectl is not installed), every
 * rendered object is valid against the schema of its kind (KubernetesSchemas), the KafkaTopics are exactly the
 * contracts catalogue, the PrometheusRule is exactly deploy/prometheus's rules, and the workloads are wired as the
 * design says (probes on the actuator groups, resources, PDBs, the gateway's autoscaler, emptyDir state, the
 * advertised pod address, the network policies). The base's topics and rules are checked without kubectl too.
 */
class KubernetesManifestsTest {
    static final List<String> BACK_ENDS = List.of("idea-service", "evaluation-service", "roadmap-service");
    static final Map<String, Integer> PORTS = Map.of("idea-service", 8081, "evaluation-service", 8082, "roadmap-service", 8083, "gateway", 8080);
    static final int PARTITIONS = 3;

    @Test
    void theBaseTopicsAreTheCatalogue() {
        assertTopicsAreTheCatalogue(Repository.yamlDocuments(Repository.read("deploy/k8s/base/kafka-topics.yaml")));
    }

    @Test
    void theBasePrometheusRuleCarriesTheRulesOfDeployPrometheus() {
        assertPrometheusRuleIsTheRulesFile(Repository.yamlDocuments(Repository.read("deploy/k8s/base/prometheus-rule.yaml")));
    }

    @Test
    void theValidatorReportsWhatASchemaForbids() {
        Map<String, Object> topic = Map.of("apiVersion", "kafka.strimzi.io/v1", "kind", "KafkaTopic",
                "metadata", Map.of("name", "t"), "spec", Map.of("partitons", 3));
        assertThat(KubernetesSchemas.problems(topic)).singleElement().asString().contains("partitons");
        Map<String, Object> monitor = Map.of("apiVersion", "monitoring.coreos.com/v1", "kind", "PodMonitor",
                "metadata", Map.of("name", "m"), "spec", Map.of("podMetricsEndpoints", List.of(Map.of("prot", "x"))));
        assertThat(KubernetesSchemas.problems(monitor)).singleElement().asString().contains("prot");
        Map<String, Object> pool = Map.of("apiVersion", "kafka.strimzi.io/v1", "kind", "KafkaNodePool",
                "metadata", Map.of("name", "p"), "spec", Map.of("replicas", 1, "roles", List.of("broker"), "storage", Map.of("type", "tape")));
        assertThat(KubernetesSchemas.problems(pool)).singleElement().asString().contains("tape");
        Map<String, Object> deployment = Map.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata", Map.of("name", "d"),
                "spec", Map.of("selector", Map.of(), "template", Map.of("spec", Map.of("containers", List.of(Map.of("image", "x", "nmae", "y"))))));
        assertThat(KubernetesSchemas.problems(deployment)).singleElement().asString().contains("nmae");
        Map<String, Object> missingName = Map.of("apiVersion", "apps/v1", "kind", "Deployment", "metadata", Map.of("name", "d"),
                "spec", Map.of("selector", Map.of(), "template", Map.of("spec", Map.of("containers", List.of(Map.of("image", "x"))))));
        assertThat(KubernetesSchemas.problems(missingName)).singleElement().asString().contains("name");
        assertThat(KubernetesSchemas.problems(Map.of("apiVersion", "v1", "kind", "Secret"))).singleElement().asString().contains("no schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theOverlayRendersIntoValidObjectsWiredAsDesigned(String overlay) {
        Tool kubectl = Tool.require("kubectl", "kubernetes-client");
        Tool.Result rendered = kubectl.run(Repository.root(), Duration.ofMinutes(2), "kustomize", "deploy/k8s/overlays/" + overlay);
        assertThat(rendered.exitCode()).as(rendered.describe()).isZero();
        List<Map<String, Object>> objects = Repository.yamlDocuments(rendered.stdout());

        Map<String, List<String>> invalid = new TreeMap<>();
        for (Map<String, Object> object : objects) {
            List<String> problems = KubernetesSchemas.problems(object);
            if (!problems.isEmpty()) {
                invalid.put(object.get("kind") + " " + name(object), problems);
            }
            assertThat(metadata(object).get("namespace")).as("namespace of %s %s", object.get("kind"), name(object)).isEqualTo("innovation");
        }
        assertThat(invalid).as("objects that break their schema").isEmpty();

        assertTopicsAreTheCatalogue(objects);
        assertPrometheusRuleIsTheRulesFile(objects);
        assertKafkaIsKraftWithNodePools(objects);
        assertWorkloads(objects);
        assertNetworkPolicies(objects);
        assertMonitoring(objects);
    }

    // ------------------------------------------------------------------------------------------------------------

    static void assertTopicsAreTheCatalogue(List<Map<String, Object>> objects) {
        Map<String, Map<String, String>> topics = new TreeMap<>();
        for (Map<String, Object> topic : ofKind(objects, "KafkaTopic")) {
            Map<String, Object> spec = spec(topic);
            String name = String.valueOf(spec.getOrDefault("topicName", name(topic)));
            assertThat(labels(topic)).as("labels of KafkaTopic %s", name).containsEntry("strimzi.io/cluster", "innovation");
            assertThat(spec.get("partitions")).as("partitions of %s", name).isEqualTo(PARTITIONS);
            Map<String, Object> config = map(spec.getOrDefault("config", Map.of()));
            topics.put(name, config.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))));
        }
        Map<String, Map<String, String>> catalogue = new TreeMap<>();
        for (Topic.TopicSpec spec : Topic.specs()) {
            catalogue.put(spec.name(), spec.configs());
        }
        assertThat(topics).as("KafkaTopics against io.innovation.pipeline.contracts.Topic.specs()").isEqualTo(catalogue);
    }

    static void assertPrometheusRuleIsTheRulesFile(List<Map<String, Object>> objects) {
        List<Map<String, Object>> rules = ofKind(objects, "PrometheusRule");
        assertThat(rules).hasSize(1);
        assertThat(spec(rules.get(0)).get("groups")).as("PrometheusRule spec.groups against " + MetricNames.RULES)
                .isEqualTo(Repository.yaml(MetricNames.RULES).get("groups"));
    }

    @SuppressWarnings("unchecked")
    static void assertKafkaIsKraftWithNodePools(List<Map<String, Object>> objects) {
        List<Map<String, Object>> kafkas = ofKind(objects, "Kafka");
        assertThat(kafkas).hasSize(1);
        String cluster = name(kafkas.get(0));
        Set<String> roles = new java.util.TreeSet<>();
        for (Map<String, Object> pool : ofKind(objects, "KafkaNodePool")) {
            assertThat(labels(pool)).containsEntry("strimzi.io/cluster", cluster);
            roles.addAll((List<String>) spec(pool).get("roles"));
        }
        assertThat(roles).as("KRaft: controllers and brokers in node pools").containsExactlyInAnyOrder("controller", "broker");
        Map<String, Object> kafka = map(spec(kafkas.get(0)).get("kafka"));
        assertThat(map(kafka.get("config"))).containsEntry("auto.create.topics.enable", false).containsKey("default.replication.factor");
        assertThat(map(spec(kafkas.get(0)).get("entityOperator"))).containsKey("topicOperator");
    }

    @SuppressWarnings("unchecked")
    static void assertWorkloads(List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> configMaps = new HashMap<>();
        ofKind(objects, "ConfigMap").forEach(map -> configMaps.put(name(map), map(map.get("data"))));
        Map<String, Map<String, Object>> services = new HashMap<>();
        ofKind(objects, "Service").forEach(service -> services.put(name(service), service));
        List<Map<String, Object>> deployments = ofKind(objects, "Deployment");
        assertThat(deployments.stream().map(KubernetesManifestsTest::name)).containsExactlyInAnyOrderElementsOf(PORTS.keySet());

        for (Map<String, Object> deployment : deployments) {
            String name = name(deployment);
            Map<String, Object> pod = map(map(spec(deployment).get("template")).get("spec"));
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            Map<String, String> env = environment(container, configMaps);

            assertThat(probe(container, "livenessProbe")).as("liveness of %s", name).isEqualTo("/actuator/health/liveness@management");
            assertThat(probe(container, "readinessProbe")).as("readiness of %s", name).isEqualTo("/actuator/health/readiness@management");
            assertThat(ports(container)).as("ports of %s", name).containsEntry("http", PORTS.get(name)).containsKey("management");
            assertThat(env).as("environment of %s", name).containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(ports(container).get("management")))
                    .containsEntry("BIND_ADDRESS", "0.0.0.0").containsEntry("KAFKA_BOOTSTRAP_SERVERS", "innovation-kafka-bootstrap:9092");
            Map<String, Object> resources = map(container.get("resources"));
            assertThat(map(resources.get("requests"))).as("requests of %s", name).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as("limits of %s", name).containsKeys("memory");
            assertThat(map(container.get("securityContext"))).containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
            assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
            assertThat(disruptionBudgetFor(objects, name)).as("a PodDisruptionBudget for %s", name).isTrue();
            assertThat(services).as("Service %s", name).containsKey(name);

            if (BACK_ENDS.contains(name)) {
                assertThat(env).as("environment of %s", name)
                        .containsEntry("CREATE_TOPICS", "false")  // Strimzi's Topic Operator manages the topics
                        .containsEntry("ADVERTISED_ADDRESS", "$(POD_IP):" + PORTS.get(name))
                        .containsKey("STREAMS_STANDBY_REPLICAS");
                Map<String, Object> podIp = ((List<Map<String, Object>>) container.get("env")).stream()
                        .filter(variable -> "POD_IP".equals(variable.get("name"))).findFirst().orElseThrow();
                assertThat(map(map(podIp.get("valueFrom")).get("fieldRef"))).containsEntry("fieldPath", "status.podIP");
                String stateDir = env.get("STATE_DIR");
                String stateVolume = ((List<Map<String, Object>>) container.get("volumeMounts")).stream()
                        .filter(mount -> stateDir.equals(mount.get("mountPath"))).map(mount -> String.valueOf(mount.get("name")))
                        .findFirst().orElseThrow(() -> new AssertionError(name + " mounts nothing at STATE_DIR " + stateDir));
                assertThat(((List<Map<String, Object>>) pod.get("volumes")).stream().filter(volume -> stateVolume.equals(volume.get("name"))))
                        .as("state volume of %s", name).singleElement().satisfies(volume -> assertThat(volume).containsKey("emptyDir"));
            } else {
                for (String backEnd : BACK_ENDS) {
                    String variable = backEnd.toUpperCase().replace('-', '_') + "_URL";
                    assertThat(env).as("%s of the gateway", variable).containsEntry(variable, "http://" + backEnd + ":" + PORTS.get(backEnd));
                }
            }
        }
        List<Map<String, Object>> autoscalers = ofKind(objects, "HorizontalPodAutoscaler");
        assertThat(autoscalers).singleElement().satisfies(hpa -> assertThat(map(spec(hpa).get("scaleTargetRef")))
                .containsEntry("kind", "Deployment").containsEntry("name", "gateway"));
        assertThat(spec(ofKind(objects, "Deployment").stream().filter(d -> name(d).equals("gateway")).findFirst().orElseThrow()))
                .as("the gateway's replicas belong to its autoscaler").doesNotContainKey("replicas");
    }

    /** A back-end's API port admits the gateway and its own instances only. */
    @SuppressWarnings("unchecked")
    static void assertNetworkPolicies(List<Map<String, Object>> objects) {
        for (String backEnd : BACK_ENDS) {
            Map<String, Object> policy = ofKind(objects, "NetworkPolicy").stream()
                    .filter(p -> backEnd.equals(map(map(spec(p).get("podSelector")).get("matchLabels")).get("app.kubernetes.io/name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy selects " + backEnd));
            assertThat((List<String>) spec(policy).get("policyTypes")).contains("Ingress");
            Set<String> httpPeers = new java.util.TreeSet<>();
            for (Map<String, Object> rule : (List<Map<String, Object>>) spec(policy).get("ingress")) {
                List<Object> ports = ((List<Map<String, Object>>) rule.getOrDefault("ports", List.of())).stream().map(p -> p.get("port")).toList();
                List<Map<String, Object>> from = (List<Map<String, Object>>) rule.get("from");
                assertThat(from).as("%s: a rule without 'from' would admit everyone", backEnd).isNotNull().isNotEmpty();
                if (ports.isEmpty() || ports.contains("http") || ports.contains(PORTS.get(backEnd))) {
                    for (Map<String, Object> peer : from) {
                        assertThat(peer).as("%s: API peers are pods of this namespace", backEnd).containsOnlyKeys("podSelector");
                        httpPeers.add(String.valueOf(map(map(peer.get("podSelector")).get("matchLabels")).get("app.kubernetes.io/name")));
                    }
                }
            }
            assertThat(httpPeers).as("who reaches the API of %s", backEnd).containsExactlyInAnyOrder("gateway", backEnd);
        }
    }

    @SuppressWarnings("unchecked")
    static void assertMonitoring(List<Map<String, Object>> objects) {
        List<Map<String, Object>> monitors = ofKind(objects, "PodMonitor");
        assertThat(monitors).hasSize(1);
        Map<String, Object> selector = map(map(spec(monitors.get(0)).get("selector")).get("matchLabels"));
        List<Map<String, Object>> endpoints = (List<Map<String, Object>>) spec(monitors.get(0)).get("podMetricsEndpoints");
        assertThat(endpoints).singleElement().satisfies(endpoint -> assertThat(endpoint)
                .containsEntry("port", "management").containsEntry("path", "/actuator/prometheus"));
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            Map<String, Object> template = map(spec(deployment).get("template"));
            assertThat(map(map(template.get("metadata")).get("labels"))).as("pods of %s are scraped", name(deployment))
                    .containsAllEntriesOf(selector.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue())));
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> container, Map<String, Map<String, Object>> configMaps) {
        Map<String, String> env = new HashMap<>();
        for (Map<String, Object> from : (List<Map<String, Object>>) container.getOrDefault("envFrom", List.of())) {
            String configMap = String.valueOf(map(from.get("configMapRef")).get("name"));
            assertThat(configMaps).as("ConfigMap %s", configMap).containsKey(configMap);
            configMaps.get(configMap).forEach((key, value) -> env.put(key, String.valueOf(value)));
        }
        for (Map<String, Object> variable : (List<Map<String, Object>>) container.getOrDefault("env", List.of())) {
            if (variable.containsKey("value")) {
                env.put(String.valueOf(variable.get("name")), String.valueOf(variable.get("value")));
            }
        }
        return env;
    }

    static String probe(Map<String, Object> container, String kind) {
        Map<String, Object> get = map(map(container.get(kind)).get("httpGet"));
        return get.get("path") + "@" + get.get("port");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Integer> ports(Map<String, Object> container) {
        Map<String, Integer> ports = new HashMap<>();
        for (Map<String, Object> port : (List<Map<String, Object>>) container.get("ports")) {
            ports.put(String.valueOf(port.get("name")), (Integer) port.get("containerPort"));
        }
        return ports;
    }

    static boolean disruptionBudgetFor(List<Map<String, Object>> objects, String name) {
        return ofKind(objects, "PodDisruptionBudget").stream()
                .anyMatch(pdb -> name.equals(map(map(spec(pdb).get("selector")).get("matchLabels")).get("app.kubernetes.io/name")));
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            if (kind.equals(object.get("kind"))) {
                matching.add(object);
            }
        }
        return matching;
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(metadata(object).get("name"));
    }

    static Map<String, Object> metadata(Map<String, Object> object) {
        return map(object.get("metadata"));
    }

    static Map<String, Object> labels(Map<String, Object> object) {
        return map(metadata(object).getOrDefault("labels", Map.of()));
    }

    static Map<String, Object> spec(Map<String, Object> object) {
        return map(object.get("spec"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
