package io.innovation.pipeline.idea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.idea.IdeaServiceApplication;
import io.innovation.pipeline.idea.domain.SampleIdeas;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Two instances of idea-service share the partitions of one application: each answers for every idea, the
 * ones it holds from its store and the others through the instance that holds them; lists gather from both;
 * when one instance stops, the other takes its partitions and still answers for every idea.
 */
@EmbeddedKafka(partitions = 3, brokerProperties = "group.initial.rebalance.delay.ms=0")
class IdeaServiceInstancesTest {
    final HttpClient http = HttpClient.newHttpClient();
    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyInstanceAnswersForEveryIdeaAndTheSurvivorAfterTheOtherStops(EmbeddedKafkaBroker broker) throws Exception {
        String stateRoot = "target/kstreams-state/" + UUID.randomUUID();
        int portA = freePort();
        int portB = freePort();
        ConfigurableApplicationContext a = start(broker, portA, stateRoot + "/a");
        start(broker, portB, stateRoot + "/b");
        await().atMost(Duration.ofSeconds(120)).until(() -> ready(portA) && ready(portB));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = "instances-" + i;
            // as a client honouring 503 + Retry-After (a rebalance may still be settling): retry with the same key
            HttpResponse<String> created = await().atMost(Duration.ofSeconds(60)).until(() -> send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/ideas"))
                            .header("Content-Type", "application/json").header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(CloudEventCodec.json().writeValueAsBytes(SampleIdeas.VALID)))),
                    response -> response.statusCode() != 503);
            assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
            ids.add(CloudEventCodec.json().readTree(created.body()).get("id").asString());
        }

        for (String id : ids) {
            for (int port : List.of(portA, portB)) {
                HttpResponse<String> read = await().atMost(Duration.ofSeconds(60))
                        .until(() -> get(port, "/ideas/" + id), response -> response.statusCode() != 503);
                assertThat(read.statusCode()).as("idea %s read at %d", id, port).isEqualTo(200);
                assertThat(read.body()).contains(id);
            }
        }
        assertThat(get(portB, "/ideas/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        for (int port : List.of(portA, portB)) {
            HttpResponse<String> list = await().atMost(Duration.ofSeconds(60))
                    .until(() -> get(port, "/ideas"), response -> response.statusCode() != 503);
            assertThat(ids(list.body())).containsExactlyInAnyOrderElementsOf(ids);
        }

        a.close();
        instances.remove(a);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (String id : ids) {
                assertThat(get(portB, "/ideas/" + id).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> list = get(portB, "/ideas");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(ids(list.body())).containsExactlyInAnyOrderElementsOf(ids);
        });
    }

    private ConfigurableApplicationContext start(EmbeddedKafkaBroker broker, int port, String stateDir) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IdeaServiceApplication.class).run(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.cloud.stream.kafka.streams.binder.configuration.state.dir=" + stateDir,
                "--innovation.kafka.partitions=3");
        instances.add(context);
        return context;
    }

    private boolean ready(int port) {
        try {
            return get(port, "/actuator/health/readiness").statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(String listJson) {
        List<String> ids = new ArrayList<>();
        CloudEventCodec.json().readTree(listJson).forEach(idea -> ids.add(idea.get("id").asString()));
        return ids;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
