package io.innovation.pipeline.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meters shaped like those that made {@code promtool check metrics} fail, through the filter, into a real scrape. */
class PrometheusLintTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @BeforeEach
    void registerTheTroublesomeMeters() {
        registry.config().meterFilter(new PrometheusLint());
        FunctionCounter.builder("kafka.producer.txn.commit.time.ns.total", this, x -> 5).description("Total time").register(registry);
        FunctionCounter.builder("process.cpu.time", this, x -> 5).baseUnit("ns").description("CPU time").register(registry);
        FunctionCounter.builder("jvm.compilation.time", this, x -> 5).baseUnit("ms").description("JIT time").register(registry);
        Gauge.builder("kafka.app.info.start.time.ms", () -> 1).description("Start").register(registry);
        Gauge.builder("kafka.consumer.connection.count", () -> 2).description("Connections").tag("client.id", "c-1").register(registry);
        Gauge.builder("system.cpu.count", () -> 2).description("Processors").register(registry);
        Gauge.builder("kafka.consumer.node.request.latency.avg", () -> 1).tag("serviceInstance.instanceId", "127.0.0.1:8081")
                .tag("serviceId", "idea-service").register(registry);
        Timer.builder("http.server.requests").tag("uri", "/ideas").register(registry).record(Duration.ofMillis(3));
    }

    @Test
    void subsecondUnitMetersAreDroppedAndCountGaugesRenamed() {
        String scrape = registry.scrape();
        assertThat(scrape).doesNotContain("_ns_").doesNotContain("process_cpu_time").doesNotContain("jvm_compilation_time")
                .doesNotContain("start_time_ms")
                .contains("kafka_consumer_connections{").contains("system_cpus ")
                .doesNotContain("connection_count").doesNotContain("system_cpu_count");
    }

    @Test
    void tagKeysAreSnakeCaseAndEveryMeterHasAHelpText() {
        String scrape = registry.scrape();
        assertThat(scrape).contains("service_instance_instance_id=\"127.0.0.1:8081\"").contains("service_id=\"idea-service\"")
                .contains("# HELP http_server_requests_seconds Duration of HTTP server requests")
                .contains("# HELP kafka_consumer_node_request_latency_avg kafka consumer node request latency avg");
        assertThat(Arrays.stream(scrape.split("\n")).filter(line -> line.startsWith("# HELP")))
                .allSatisfy(help -> assertThat(help.split(" ", 4)).hasSize(4));
    }

    @Test
    void theScrapePassesPromtoolWhereItIsInstalled() throws Exception {
        Optional<File> promtool = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> new File(directory, "promtool")).filter(File::canExecute).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(promtool.isPresent(), "promtool is not installed (Debian package prometheus)");
        Process process = new ProcessBuilder(promtool.get().getPath(), "check", "metrics").redirectErrorStream(true).start();
        process.getOutputStream().write(registry.scrape().getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = readAll(process);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static String readAll(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void snakeCaseLeavesSnakeCaseAlone() {
        assertThat(PrometheusLint.snakeCase("client.id")).isEqualTo("client.id");
        assertThat(PrometheusLint.snakeCase("serviceInstance.instanceId")).isEqualTo("service_instance.instance_id");
    }
}
