package io.innovation.pipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.Topic;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline as a user and an integrator meet it: ideas in through the gateway and through the Kafka
 * command topic, out as a composed view with scores, decision and roadmap slot; bad records to the DLQ;
 * a restart keeps every idea.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String STRONG_IDEA = """
            {"title": "Self-service password reset", "problem": "Support spends a fifth of its time on resets",
             "proposal": "A reset flow with e-mail verification", "submitter": "alice", "team": "identity",
             "themes": ["customer-experience"], "reach": 5000, "impact": 2, "confidence": 80, "effortWeeks": 6,
             "costEstimate": {"amount": 30000, "currency": "EUR"}, "timeCriticality": 8, "riskReduction": 5}
            """;

    final HttpClient http = HttpClient.newHttpClient();
    PipelineSystem system;
    String httpIdeaId;

    @BeforeAll
    void startSystem() throws Exception {
        system = new PipelineSystem();
        system.start();
    }

    @AfterAll
    void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void anIdeaSubmittedThroughTheGatewayReachesTheRoadmapWithItsExplanation() throws Exception {
        HttpResponse<String> created = post("/api/ideas", STRONG_IDEA);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        httpIdeaId = JSON.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/ideas/" + httpIdeaId);

        JsonNode view = awaitStatus(httpIdeaId, "SCHEDULED");
        assertThat(view.get("idea").get("channel").asString()).isEqualTo("http");
        assertThat(view.get("evaluation").get("decision").get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(view.get("evaluation").get("assessment").get("rice").get("explanation").asString()).isNotBlank();
        assertThat(view.get("evaluation").get("assessment").get("priorityTerms")).hasSize(3);
        assertThat(view.get("roadmap").get("startPeriod").asString()).matches("\\d{4}-Q[1-4]");
        assertThat(view.get("roadmap").get("reason").asString()).isNotBlank();
        assertThat(view.get("unavailable")).isEmpty();
    }

    @Test
    @Order(2)
    void aSubmitIdeaCloudEventFromAnOutsideKafkaClientReachesTheRoadmap() throws Exception {
        String ideaId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = outsideProducer()) {
            producer.send(submitIdeaCloudEvent(ideaId, STRONG_IDEA.replace("alice", "crm-bot"))).get();
        }
        JsonNode view = awaitStatus(ideaId, "SCHEDULED");
        assertThat(view.get("idea").get("channel").asString()).isEqualTo("kafka");
        assertThat(view.get("idea").get("submitter").asString()).isEqualTo("crm-bot");
    }

    @Test
    @Order(3)
    void garbageOnTheCommandTopicEndsInTheDeadLetterTopicAndTheNextGoodCommandIsProcessed() throws Exception {
        String goodId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = outsideProducer()) {
            producer.send(new ProducerRecord<>(Topic.IDEA_COMMANDS.topicName(), goodId, "\u0000garbage{".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(submitIdeaCloudEvent(goodId, STRONG_IDEA)).get();
        }
        awaitStatus(goodId, "SCHEDULED");
        List<ConsumerRecord<String, byte[]>> dead = readUntil(Topic.IDEA_COMMANDS.deadLetterTopicName(), goodId);
        assertThat(dead).anySatisfy(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("\u0000garbage{");
            assertThat(record.headers().lastHeader("dlq.error.message")).isNotNull();
        });
    }

    @Test
    @Order(4)
    void anInvalidCommandIsRejectedWithItsReasonsAndABadHttpRequestIsAProblem() throws Exception {
        String ideaId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = outsideProducer()) {
            producer.send(submitIdeaCloudEvent(ideaId, "{\"title\": \"x\", \"problem\": \"p\", \"submitter\": \"s\", \"team\": \"t\"}")).get();
        }
        List<ConsumerRecord<String, byte[]>> rejections = readUntil(Topic.COMMAND_REJECTIONS.topicName(), ideaId);
        assertThat(rejections).anySatisfy(record -> {
            JsonNode rejected = JSON.readTree(record.value());
            assertThat(rejected.get("subject").asString()).isEqualTo(ideaId);
            assertThat(rejected.get("violations").get(0).get("field").asString()).isEqualTo("title");
        });

        HttpResponse<String> bad = post("/api/ideas", "{\"title\": \"x\", \"impact\": 9}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsString("field")).contains("title", "impact", "team");
    }

    @Test
    @Order(5)
    void aPoorIdeaIsRejectedAndSaysWhy() throws Exception {
        String poor = """
                {"title": "Rewrite the footer", "problem": "It is old", "submitter": "bob", "team": "web",
                 "themes": ["fun"], "reach": 50, "impact": 0.25, "confidence": 20, "effortWeeks": 40}
                """;
        HttpResponse<String> created = post("/api/ideas", poor);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        JsonNode view = awaitStatus(id, "REJECTED");
        assertThat(view.get("statusReason").asString()).contains("rejection threshold");
    }

    @Test
    @Order(6)
    void restartingTheServicesKeepsEveryIdeaAndProcessesNothingTwice() throws Exception {
        for (ServiceProcess service : system.services()) {
            service.stop();
        }
        system.start();

        JsonNode view = awaitStatus(httpIdeaId, "SCHEDULED");
        assertThat(view.get("idea").get("title").asString()).isEqualTo("Self-service password reset");
        // a marker idea of the same team, submitted after the restart, has gone all the way through: whatever
        // the restart would have re-processed is on the topics before it
        String marker = JSON.readTree(post("/api/ideas", STRONG_IDEA.replace("Self-service password reset", "Marker")).body())
                .get("id").asString();
        awaitStatus(marker, "SCHEDULED");

        assertThat(readAll(Topic.IDEAS.topicName()).stream()
                .filter(record -> httpIdeaId.equals(record.key()))).hasSize(1);
        assertThat(readAll(Topic.EVALUATIONS.topicName()).stream()
                .filter(record -> httpIdeaId.equals(record.key()))).hasSize(2);
        assertThat(readAll(Topic.ROADMAP.topicName()).stream()
                .filter(record -> httpIdeaId.equals(record.key()))
                .filter(record -> "innovation.roadmap.item-scheduled.v1".equals(header(record, "ce_type")))).hasSize(1);
    }

    /** Every committed record of {@code topic}, up to its end at the time of the call. */
    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await(topic + " read to its end").atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private JsonNode awaitStatus(String ideaId, String status) {
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

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(gateway(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI gateway(String path) {
        return system.gateway.baseUri().resolve(path);
    }

    /** A SubmitIdea command in CloudEvents binary mode, built by hand as a client without our code would. */
    private static ProducerRecord<String, byte[]> submitIdeaCloudEvent(String ideaId, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_source", "/crm-system",
                        "ce_type", "innovation.idea.submit.v1",
                        "ce_subject", ideaId,
                        "ce_time", "2026-11-25T10:00:00Z",
                        "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(Topic.IDEA_COMMANDS.topicName(), null, ideaId, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private KafkaProducer<String, byte[]> outsideProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Reads {@code topic} (committed records only) until a record keyed or about {@code id} shows up. */
    private List<ConsumerRecord<String, byte[]>> readUntil(String topic, String id) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await(topic + " has a record for " + id).atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
                return seen.stream().anyMatch(r -> id.equals(r.key()) || new String(r.value() == null ? new byte[0] : r.value(), StandardCharsets.UTF_8).contains(id));
            });
            // drain what is already there so counts are complete
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        }
        return seen;
    }
}
