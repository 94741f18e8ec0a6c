package io.innovation.pipeline.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The four services as separate processes against one broker, each on a free loopback port: {@code instances}
 * instances of each back-end (one application each, sharing its partitions) and one gateway that reaches them all.
 */
final class PipelineSystem implements AutoCloseable {
    final Broker broker;
    final List<ServiceProcess> ideaServices = new ArrayList<>();
    final List<ServiceProcess> evaluationServices = new ArrayList<>();
    final List<ServiceProcess> roadmapServices = new ArrayList<>();
    final ServiceProcess gateway;

    PipelineSystem(Broker broker, int instances) throws IOException {
        this.broker = broker;
        Path root = Path.of(System.getProperty("e2e.jars.dir", ".."));
        String version = System.getProperty("e2e.version", "0.1.0-SNAPSHOT");
        Path work = Path.of(System.getProperty("e2e.work.dir", "target/e2e")).resolve(String.valueOf(System.nanoTime()));
        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "BIND_ADDRESS", "127.0.0.1",
                "TOPIC_PARTITIONS", "3");
        for (int i = 1; i <= instances; i++) {
            ideaServices.add(service("idea-service", i, root, version, work, common, "IDEA_SERVICE_PORT"));
            evaluationServices.add(service("evaluation-service", i, root, version, work, common, "EVALUATION_SERVICE_PORT"));
            roadmapServices.add(service("roadmap-service", i, root, version, work, common, "ROADMAP_SERVICE_PORT"));
        }
        int gatewayPort = freePort();
        Map<String, String> gatewayEnvironment = new HashMap<>(common);
        gatewayEnvironment.putAll(Map.of(
                "GATEWAY_PORT", "" + gatewayPort,
                "IDEA_SERVICE_URL", urls(ideaServices),
                "EVALUATION_SERVICE_URL", urls(evaluationServices),
                "ROADMAP_SERVICE_URL", urls(roadmapServices)));
        gateway = new ServiceProcess("gateway", jar(root, "gateway", version), gatewayPort, gatewayEnvironment, work.resolve("logs"));
    }

    List<ServiceProcess> backEnds() {
        List<ServiceProcess> all = new ArrayList<>(ideaServices);
        all.addAll(evaluationServices);
        all.addAll(roadmapServices);
        return all;
    }

    List<ServiceProcess> services() {
        List<ServiceProcess> all = backEnds();
        all.add(gateway);
        return all;
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
        return broker.bootstrapServers();
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : services()) {
            service.stop();
        }
        broker.close();
    }

    /** The gateway's static instance list of a service: its base URLs, comma-separated. */
    private static String urls(List<ServiceProcess> instances) {
        return instances.stream().map(instance -> instance.baseUri().toString()).collect(Collectors.joining(","));
    }

    private static ServiceProcess service(String name, int instance, Path root, String version, Path work,
                                          Map<String, String> common, String portVariable) throws IOException {
        int port = freePort();
        String instanceName = name + "-" + instance;
        Map<String, String> environment = new HashMap<>(common);
        environment.put(portVariable, "" + port);
        environment.put("STATE_DIR", work.resolve(instanceName).resolve("state").toAbsolutePath().toString());
        return new ServiceProcess(instanceName, jar(root, name, version), port, environment, work.resolve("logs"));
    }

    private static Path jar(Path root, String name, String version) {
        return root.resolve(name).resolve("target").resolve(name + "-" + version + "-exec.jar");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
