package io.innovation.pipeline.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The four services as separate processes against one KRaft broker, each on a free loopback port. */
final class PipelineSystem implements AutoCloseable {
    final EmbeddedKafkaKraftBroker broker;
    final ServiceProcess ideaService;
    final ServiceProcess evaluationService;
    final ServiceProcess roadmapService;
    final ServiceProcess gateway;

    PipelineSystem() throws IOException {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        // one broker: internal topics (consumer offsets, transactions for exactly-once) need replication factor 1
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.brokerProperty("offsets.topic.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.afterPropertiesSet();

        Path root = Path.of(System.getProperty("e2e.jars.dir", ".."));
        String version = System.getProperty("e2e.version", "0.1.0-SNAPSHOT");
        Path work = Path.of(System.getProperty("e2e.work.dir", "target/e2e")).resolve(String.valueOf(System.nanoTime()));
        int ideaPort = freePort();
        int evaluationPort = freePort();
        int roadmapPort = freePort();
        int gatewayPort = freePort();

        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.getBrokersAsString(),
                "BIND_ADDRESS", "127.0.0.1",
                "TOPIC_PARTITIONS", "3");
        ideaService = service("idea-service", root, version, work, ideaPort, common, Map.of("IDEA_SERVICE_PORT", "" + ideaPort));
        evaluationService = service("evaluation-service", root, version, work, evaluationPort, common,
                Map.of("EVALUATION_SERVICE_PORT", "" + evaluationPort));
        roadmapService = service("roadmap-service", root, version, work, roadmapPort, common,
                Map.of("ROADMAP_SERVICE_PORT", "" + roadmapPort));
        gateway = service("gateway", root, version, work, gatewayPort, common, Map.of(
                "GATEWAY_PORT", "" + gatewayPort,
                "IDEA_SERVICE_URL", ideaService.baseUri().toString(),
                "EVALUATION_SERVICE_URL", evaluationService.baseUri().toString(),
                "ROADMAP_SERVICE_URL", roadmapService.baseUri().toString()));
    }

    List<ServiceProcess> services() {
        return List.of(ideaService, evaluationService, roadmapService, gateway);
    }

    void start() throws IOException {
        for (ServiceProcess service : services()) {
            service.start();
        }
        services().forEach(PipelineSystem::awaitHealthy);
    }

    static void awaitHealthy(ServiceProcess service) {
        await(service.name() + " healthy").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(service::isHealthy);
    }

    String brokers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : services()) {
            service.stop();
        }
        broker.destroy();
    }

    private static ServiceProcess service(String name, Path root, String version, Path work, int port,
                                          Map<String, String> common, Map<String, String> own) {
        Map<String, String> environment = new HashMap<>(common);
        environment.putAll(own);
        environment.put("STATE_DIR", work.resolve(name).resolve("state").toAbsolutePath().toString());
        Path jar = root.resolve(name).resolve("target").resolve(name + "-" + version + "-exec.jar");
        return new ServiceProcess(name, jar, port, environment, work.resolve("logs"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
