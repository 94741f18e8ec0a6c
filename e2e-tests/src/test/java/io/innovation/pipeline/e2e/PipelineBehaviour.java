package io.innovation.pipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.e2e.ops.MetricNames;
import io.innovation.pipeline.e2e.ops.Tool;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline as a user and an integrator meet it: ideas in through the gateway and through the Kafka
 * command topic, out as a composed view with scores, decision and roadmap slot; bad records to the DLQ;
 * a restart keeps every idea.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPipeline.class)
abstract class PipelineBehaviour {
    static final JsonMapper JSON = GatewayClient.JSON;
    static final String STRONG_IDEA = """
            {"title": "Self-service password reset", "problem": "Support spends a fifth of its time on resets",
             "proposal": "A reset flow with e-mail verification", "submitter": "somebody-else", "team": "identity",
             "themes": ["customer-experience"], "reach": 5000, "impact": 2, "confidence": 80, "effortWeeks": 6,
             "costEstimate": {"amount": 30000, "currency": "EUR"}, "timeCriticality": 8, "riskReduction": 5}
            """;

    /** Priority in the grey zone between 30 and 60 on the named theme: it waits for a review. */
    static final String GREY_IDEA = """
            {"title": "Retry failed payouts", "problem": "Payouts fail now and then", "team": "payments",
             "themes": ["%s"], "reach": 1000, "impact": 1, "confidence": 50, "effortWeeks": 7,
             "costEstimate": {"amount": 20000, "currency": "EUR"}, "timeCriticality": 3, "riskReduction": 2}
            """;

    /** The trace of the first submission: the test is its traced client, so it knows the id to look for. */
    static final String TRACE_ID = "5e0c1a2b3c4d5e6f708192a3b4c5d6e7";

    SharedPipeline.Handle shared;
    PipelineSystem system;
    KafkaTopics topics;
    GatewayClient gateway;
    String httpIdeaId;

    /** The running system to test: the run's shared one, or one of these tests' own. */
    abstract PipelineSystem runningSystem(SharedPipeline.Handle shared) throws Exception;

    @BeforeAll
    void startSystem(SharedPipeline.Handle shared) throws Exception {
        this.shared = shared;
        system = runningSystem(shared);
        topics = new KafkaTopics(system.brokers());
        gateway = new GatewayClient(system.gateway.baseUri());
    }

    @AfterAll
    void stopSystem() throws Exception {
        if (system != null && !shared.isShared(system)) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void anIdeaSubmittedThroughTheGatewayReachesTheRoadmapWithItsExplanation() throws Exception {
        HttpResponse<String> anonymous = gateway.anonymous().post("/api/ideas", STRONG_IDEA);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

        HttpResponse<String> created = gateway.postInTrace("/api/ideas", STRONG_IDEA, TRACE_ID);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        httpIdeaId = JSON.readTree(created.body()).get("id").asString();
        // the submitter is the signed-in caller, whatever the body says
        assertThat(JSON.readTree(created.body()).get("submitter").asString()).isEqualTo(gateway.user());
        assertThat(JSON.readTree(created.body()).get("actor").asString()).isEqualTo(gateway.user());
        assertThat(created.headers().firstValue("Location")).hasValue("/api/ideas/" + httpIdeaId);

        JsonNode view = gateway.awaitStatus(httpIdeaId, "SCHEDULED");
        assertThat(view.get("idea").get("channel").asString()).isEqualTo("http");
        assertThat(view.get("idea").get("submitter").asString()).isEqualTo(gateway.user());
        assertThat(view.get("evaluation").get("decision").get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(view.get("evaluation").get("assessment").get("rice").get("explanation").asString()).isNotBlank();
        assertThat(view.get("evaluation").get("assessment").get("priorityTerms")).hasSize(3);
        assertThat(view.get("roadmap").get("startPeriod").asString()).matches("\\d{4}-Q[1-4]");
        assertThat(view.get("roadmap").get("reason").asString()).isNotBlank();
        assertThat(view.get("unavailable")).isEmpty();

        // the gateway's pipeline view lists it too, as a page, from the event topics
        org.awaitility.Awaitility.await("idea " + httpIdeaId + " listed as SCHEDULED").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(200)).untilAsserted(() -> {
                    JsonNode page = JSON.readTree(gateway.get("/api/ideas?status=SCHEDULED&q=" + httpIdeaId + "&sort=priority").body());
                    assertThat(page.get("total").asLong()).isEqualTo(1);
                    assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(httpIdeaId);
                    assertThat(page.get("items").get(0).get("submitter").asString()).isEqualTo("alice");
                });
        JsonNode portfolio = JSON.readTree(gateway.get("/api/portfolio?q=" + httpIdeaId).body());
        assertThat(portfolio.get("funnel").get("SCHEDULED").asLong()).isEqualTo(1);
        HttpResponse<String> csv = gateway.get("/api/ideas.csv?q=" + httpIdeaId);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("id,title,status,").contains(httpIdeaId + ",");
    }

    @Test
    @Order(2)
    void aSubmitIdeaCloudEventFromAnOutsideKafkaClientReachesTheRoadmap() throws Exception {
        String ideaId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = topics.outsideProducer()) {
            producer.send(KafkaTopics.submitIdeaCloudEvent(ideaId, STRONG_IDEA.replace("somebody-else", "crm-bot"))).get();
        }
        JsonNode view = gateway.awaitStatus(ideaId, "SCHEDULED");
        assertThat(view.get("idea").get("channel").asString()).isEqualTo("kafka");
        assertThat(view.get("idea").get("submitter").asString()).isEqualTo("crm-bot");
    }

    @Test
    @Order(3)
    void garbageOnTheCommandTopicEndsInTheDeadLetterTopicAndTheNextGoodCommandIsProcessed() throws Exception {
        String goodId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = topics.outsideProducer()) {
            producer.send(new ProducerRecord<>(Topic.IDEA_COMMANDS.topicName(), goodId, "\u0000garbage{".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(KafkaTopics.submitIdeaCloudEvent(goodId, STRONG_IDEA)).get();
        }
        gateway.awaitStatus(goodId, "SCHEDULED");
        List<ConsumerRecord<String, byte[]>> dead = topics.readUntil(Topic.IDEA_COMMANDS.deadLetterTopicName(), goodId);
        assertThat(dead).anySatisfy(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("\u0000garbage{");
            assertThat(record.headers().lastHeader("dlq.error.message")).isNotNull();
        });
    }

    @Test
    @Order(4)
    void anInvalidCommandIsRejectedWithItsReasonsAndABadHttpRequestIsAProblem() throws Exception {
        String ideaId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = topics.outsideProducer()) {
            producer.send(KafkaTopics.submitIdeaCloudEvent(ideaId, "{\"title\": \"x\", \"problem\": \"p\", \"submitter\": \"s\", \"team\": \"t\"}")).get();
        }
        List<ConsumerRecord<String, byte[]>> rejections = topics.readUntil(Topic.COMMAND_REJECTIONS.topicName(), ideaId);
        assertThat(rejections).anySatisfy(record -> {
            JsonNode rejected = JSON.readTree(record.value());
            assertThat(rejected.get("subject").asString()).isEqualTo(ideaId);
            assertThat(rejected.get("violations").get(0).get("field").asString()).isEqualTo("title");
        });

        HttpResponse<String> bad = gateway.post("/api/ideas", "{\"title\": \"x\", \"impact\": 9}");
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
        HttpResponse<String> created = gateway.post("/api/ideas", poor);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        JsonNode view = gateway.awaitStatus(id, "REJECTED");
        assertThat(view.get("statusReason").asString()).contains("rejection threshold");
    }

    /**
     * A grey-zone idea waits for a review; its submitter may not review it; a reviewer reviews it and approves it
     * against the policy's proposal with a rationale; it is scheduled, its history names the review's and the
     * decision's authors, and the composed view explains it to engineers and executives. A theme's new weight
     * re-scores the open ideas of that theme.
     */
    @Test
    @Order(6)
    void aReviewerReviewsAndApprovesAGreyZoneIdeaThatIsThenScheduled() throws Exception {
        GatewayClient rita = new GatewayClient(system.gateway.baseUri(), "rita", GatewayClient.DEMO_PASSWORD);
        GatewayClient erin = new GatewayClient(system.gateway.baseUri(), "erin", GatewayClient.DEMO_PASSWORD);
        HttpResponse<String> created = gateway.post("/api/ideas", GREY_IDEA.formatted("platform-reliability"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        JsonNode waiting = gateway.awaitStatus(id, "IN_EVALUATION");
        assertThat(waiting.get("statusReason").asString()).startsWith("Waiting for a reviewer");

        HttpResponse<String> own = gateway.post("/api/ideas/" + id + "/reviews", "{\"feasibility\": 5, \"value\": 5, \"risk\": 1}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(rita.get("/api/reviews/queue").body()).contains(id);
        HttpResponse<String> review = rita.post("/api/ideas/" + id + "/reviews",
                "{\"feasibility\": 4, \"value\": 5, \"risk\": 2, \"comment\": \"Partners leave over failed payouts\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        HttpResponse<String> noRationale = rita.post("/api/ideas/" + id + "/decision", "{\"outcome\": \"APPROVED\"}");
        assertThat(noRationale.statusCode()).as(noRationale.body()).isEqualTo(400);
        assertThat(noRationale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> approved = rita.post("/api/ideas/" + id + "/decision",
                "{\"outcome\": \"APPROVED\", \"rationale\": \"Failed payouts cost us partners\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).get("outcome").asString()).isEqualTo("APPROVED");

        JsonNode scheduled = gateway.awaitStatus(id, "SCHEDULED");
        JsonNode decision = scheduled.get("evaluation").get("decision");
        assertThat(decision.get("decidedBy").asString()).isEqualTo("rita");
        assertThat(decision.get("engineerExplanation").asString()).contains("Feasibility 4 of 5");
        assertThat(decision.get("executiveExplanation").asString()).contains("reserved from platform-reliability");
        List<String> history = new java.util.ArrayList<>();
        for (JsonNode entry : JSON.readTree(gateway.get("/api/ideas/" + id + "/history").body())) {
            history.add(entry.get("type").asString() + " by " + entry.get("actor").asString());
        }
        assertThat(history).contains("innovation.idea.reviewed.v1 by rita", "innovation.idea.decided.v1 by rita");

        HttpResponse<String> open = gateway.post("/api/ideas", GREY_IDEA.formatted("developer-productivity"));
        String openId = JSON.readTree(open.body()).get("id").asString();
        gateway.awaitStatus(openId, "IN_EVALUATION");
        HttpResponse<String> weight = erin.put("/api/themes/developer-productivity",
                "{\"name\": \"Developer productivity\", \"weight\": 1.0, \"active\": true}");
        assertThat(weight.statusCode()).as(weight.body()).isEqualTo(200);
        org.awaitility.Awaitility.await("re-scored").atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(JSON.readTree(gateway.get("/api/ideas/" + openId).body())
                        .at("/evaluation/assessment/alignment/value").asDouble()).isEqualTo(1.0));
    }

    /**
     * After the tests above (ideas accepted, reviewed, decided and scheduled, a dead letter, a rejection), the services expose
     * every metric deploy/prometheus/metric-names.txt marks {@code exposed} (what the alert rules and the Grafana
     * dashboard use), and none it marks {@code expected} (not exposed yet) without the list saying so.
     */
    @Test
    @Order(7)
    void theServicesExposeTheMetricsTheAlertsAndTheDashboardUse() throws Exception {
        Set<String> scraped = new TreeSet<>();
        HttpClient http = HttpClient.newHttpClient();
        // every scrape passes the linter (where it is installed: Debian package prometheus; .ci/run installs it)
        Optional<Tool> promtool = Tool.find("promtool");
        for (ServiceProcess service : system.services()) {
            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(service.baseUri().resolve("/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).as("/actuator/prometheus of %s", service.name()).isEqualTo(200);
            scraped.addAll(MetricNames.inScrape(scrape.body()));
            promtool.ifPresent(tool -> {
                Tool.Result check = tool.pipe(Path.of("."), Duration.ofSeconds(30), scrape.body(), "check", "metrics");
                assertThat(check.exitCode()).as("promtool check metrics on the scrape of %s: %s", service.name(), check.describe()).isZero();
            });
        }
        Map<String, MetricNames.Status> listed = MetricNames.list();
        List<String> exposed = listed.entrySet().stream().filter(e -> e.getValue() == MetricNames.Status.EXPOSED).map(Map.Entry::getKey).toList();
        List<String> expected = listed.entrySet().stream().filter(e -> e.getValue() == MetricNames.Status.EXPECTED).map(Map.Entry::getKey).toList();
        assertThat(scraped).as("metrics marked exposed in " + MetricNames.LIST + " found in the services' scrapes").containsAll(exposed);
        assertThat(expected).filteredOn(scraped::contains).as("metrics marked expected (not yet exposed) in " + MetricNames.LIST
                + " that a service now exposes: mark them exposed there").isEmpty();
    }

    /**
     * The trace of the first POST went from the gateway over HTTP to idea-service, in Kafka headers through its
     * processor to evaluation-service and on to roadmap-service: each service's log has a line of it, with the idea.
     */
    @Test
    @Order(6)
    void theTraceOfOneSubmissionIsInTheLogLinesOfAllFourServices() throws Exception {
        for (ServiceProcess service : system.services()) {
            await(service.name() + " logs a line of trace " + TRACE_ID).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(Files.readAllLines(service.log())).as("%s", service.log())
                            .anySatisfy(line -> assertThat(line).contains(TRACE_ID)));
        }
        for (ServiceProcess backEnd : system.backEnds()) {
            assertThat(Files.readAllLines(backEnd.log()).stream().filter(line -> line.contains(TRACE_ID)))
                    .as("%s: the processor's line names the idea", backEnd.name())
                    .anySatisfy(line -> assertThat(line).contains(httpIdeaId).contains("INFO"));
        }
    }

    @Test
    @Order(8)
    void restartingTheServicesKeepsEveryIdeaAndProcessesNothingTwice() throws Exception {
        for (ServiceProcess service : system.services()) {
            service.stop();
        }
        system.start();

        JsonNode view = gateway.awaitStatus(httpIdeaId, "SCHEDULED");
        assertThat(view.get("idea").get("title").asString()).isEqualTo("Self-service password reset");
        // a marker idea of the same team, submitted after the restart, has gone all the way through: whatever
        // the restart would have re-processed is on the topics before it
        String marker = JSON.readTree(gateway.post("/api/ideas", STRONG_IDEA.replace("Self-service password reset", "Marker")).body())
                .get("id").asString();
        gateway.awaitStatus(marker, "SCHEDULED");

        assertThat(topics.readAll(Topic.IDEAS.topicName()).stream()
                .filter(record -> httpIdeaId.equals(record.key()))).hasSize(1);
        assertThat(topics.readAll(Topic.EVALUATIONS.topicName()).stream()
                .filter(record -> httpIdeaId.equals(record.key()))).hasSize(2);
        assertThat(topics.readAll(Topic.ROADMAP.topicName()).stream()
                .filter(record -> httpIdeaId.equals(record.key()))
                .filter(record -> "innovation.roadmap.item-scheduled.v1".equals(KafkaTopics.header(record, "ce_type")))).hasSize(1);
    }
}
