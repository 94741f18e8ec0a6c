package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of two stub instances of each back-end, given to it as comma-separated URLs, as
 * {@code run.sh --instances 2} does. Any instance answers any read, so both instances of a service are set up
 * with the same answers. The quarantine's clock is the test's: an instance leaves quarantine when a test says so.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "innovation.gateway.part-timeout=3s",
                "innovation.gateway.command-timeout=3s",
                "spring.kafka.bootstrap-servers=" + GatewayIntegrationTest.NO_KAFKA,
                "spring.cloud.stream.kafka.binder.health-timeout=1"})
@AutoConfigureWebTestClient
class SeveralInstancesTest {

    static final String ID = ComposedIdeaViewTest.ID;

    static final StubBackend ideaA = new StubBackend();
    static final StubBackend ideaB = new StubBackend();
    static final StubBackend evaluationA = new StubBackend();
    static final StubBackend evaluationB = new StubBackend();
    static final StubBackend roadmapA = new StubBackend();
    static final StubBackend roadmapB = new StubBackend();

    static final TestClock clock = new TestClock();

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        registry.add("innovation.gateway.idea-service-url", () -> ideaA.url() + "," + ideaB.url());
        registry.add("innovation.gateway.evaluation-service-url", () -> evaluationA.url() + ", " + evaluationB.url());
        registry.add("innovation.gateway.roadmap-service-url", () -> roadmapA.url() + "," + roadmapB.url());
    }

    @TestConfiguration
    static class QuarantineClock {
        @Bean
        Clock quarantineClock() {
            return clock;
        }
    }

    @Autowired
    WebTestClient gateway;

    @BeforeEach
    void signInAsAlice() {
        gateway = gateway.mutate().defaultHeaders(headers -> headers.setBasicAuth("alice", "demo"))
                // a Prometheus scrape of the whole gateway is larger than the default 256 KiB
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
    }

    private final List<StubBackend.Outage> outages = new ArrayList<>();

    @AfterEach
    void endQuarantines() {
        restoreInstances();
        clock.advance(Duration.ofMinutes(1)); // past any quarantine
    }

    /** Every instance listens again, with no answers set up and nothing received. */
    void restoreInstances() {
        outages.forEach(StubBackend.Outage::close);
        outages.clear();
        Stream.of(ideaA, ideaB, evaluationA, evaluationB, roadmapA, roadmapB).forEach(StubBackend::reset);
    }

    @Test
    void spreadsTheCallsToABackEndOverItsInstancesInTurn() {
        ideas(stub -> stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA));

        for (int i = 0; i < 6; i++) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange().expectStatus().isOk();
        }

        assertThat(ideaA.received()).hasSize(3);
        assertThat(ideaB.received()).hasSize(3);
    }

    @Test
    void answersEveryReadThroughTheOtherInstanceWhileOneInstanceOfEachBackEndIsDown() {
        answerEveryRead();
        down(ideaA, evaluationA, roadmapA);

        // several rounds: round robin offers the dead instances in turn, until they are put in quarantine
        for (int i = 0; i < 4; i++) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("SCHEDULED")
                    .jsonPath("$.idea.title").isEqualTo("Faster checkout")
                    .jsonPath("$.evaluation.decision.outcome").isEqualTo("APPROVED")
                    .jsonPath("$.roadmap.startPeriod").isEqualTo("2026-Q3")
                    .jsonPath("$.unavailable").isEmpty();
            gateway.get().uri("/api/roadmap?team={team}", "payments").exchange()
                    .expectStatus().isOk()
                    .expectBody().json(PassThroughReadsTest.ROADMAP, JsonCompareMode.STRICT);
            gateway.get().uri("/api/roadmap").exchange()
                    .expectStatus().isOk()
                    .expectBody().json("[" + PassThroughReadsTest.ROADMAP + "]", JsonCompareMode.STRICT);
        }

        assertThat(ideaB.received()).hasSize(4);
        assertThat(evaluationB.received()).hasSize(4);
        assertThat(roadmapB.received()).hasSize(12);
    }

    @Test
    void retriesAReadOnTheOtherInstanceWhenTheConnectionIsCutBeforeTheAnswer() {
        ideas(stub -> stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA));
        ideaA.drop("GET", "/ideas/" + ID);

        for (int i = 0; i < 4; i++) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.idea.title").isEqualTo("Faster checkout");
        }
        // instance A answers, if badly: it stays in the rotation and gets its turn every other time
        assertThat(ideaA.received()).hasSize(2);
        assertThat(ideaB.received()).hasSize(4);
    }

    @Test
    void marksThePartUnavailableWhenEveryInstanceOfItsBackEndIsDown() {
        ideas(stub -> stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA));
        down(evaluationA, evaluationB);

        gateway.get().uri("/api/ideas/{id}", ID).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.statusReason").isEqualTo("Submitted, waiting for evaluation. "
                        + "The status may be behind: evaluation-service did not answer.")
                .jsonPath("$.evaluation").value(nullValue())
                .jsonPath("$.unavailable").value(contains("evaluation"));
    }

    @Test
    void answers503WhenEveryInstanceOfTheBackEndIsDown() {
        down(roadmapA, roadmapB, ideaA, ideaB);

        gateway.get().uri("/api/roadmap?team={team}", "payments").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("roadmap-service could not be reached.");
        submit().expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("idea-service could not be reached.");
        gateway.get().uri("/api/ideas/{id}", ID).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("Nothing is known about idea " + ID + " right now: "
                        + "idea-service could not be reached; evaluation-service has no data on it; "
                        + "roadmap-service could not be reached.");
    }

    @Test
    void sendsACommandToTheOtherInstanceWhenOneRefusesTheConnection() {
        ideas(stub -> stub.answer("POST", "/ideas", 201, "application/json", IdeaCommandForwardingTest.CREATED,
                Map.of("Location", "/ideas/" + IdeaCommandForwardingTest.ID)));
        down(ideaA);

        for (int i = 0; i < 2; i++) {
            submit().expectStatus().isCreated()
                    .expectHeader().location("/api/ideas/" + IdeaCommandForwardingTest.ID);
        }

        assertThat(ideaB.received()).hasSize(2).allSatisfy(received -> {
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.body()).isEqualTo(IdeaCommandForwardingTest.SUBMISSION);
        });
    }

    @Test
    void neverSendsACommandTwiceWhenTheInstanceAnswersWithAServerError() {
        ideas(stub -> stub.answer("POST", "/ideas", 500, "application/problem+json", "{\"status\":500}", Map.of()));

        for (int i = 0; i < 2; i++) {
            submit().expectStatus().isEqualTo(500);
        }

        // two commands, each sent once: one to each instance in turn
        assertThat(ideaA.received()).hasSize(1);
        assertThat(ideaB.received()).hasSize(1);
    }

    @Test
    void neverSendsACommandTwiceWhenTheInstanceDoesNotAnswerInTime() {
        ideas(stub -> stub.hang("POST", "/ideas"));

        submit().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("idea-service did not answer within 3000 ms.");

        assertThat(receivedCommands()).hasSize(1);
    }

    @Test
    void neverSendsACommandTwiceWhenTheConnectionIsCutAfterItWasSent() {
        ideas(stub -> stub.drop("POST", "/ideas"));

        submit().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("idea-service could not be reached.");

        assertThat(receivedCommands()).hasSize(1);
    }

    @Test
    void leavesAnInstanceThatRefusedAConnectionOutOfTheRotationUntilItsQuarantineEnds() {
        ideas(stub -> stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA));
        down(ideaA);
        // two calls in a row: round robin offers instance A to one of them
        for (int i = 0; i < 2; i++) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange().expectStatus().isOk();
        }
        restoreInstances(); // instance A listens again, and every stub starts afresh
        ideas(stub -> stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA));

        for (int i = 0; i < 4; i++) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange().expectStatus().isOk();
        }
        assertThat(ideaA.received()).isEmpty();
        assertThat(ideaB.received()).hasSize(4);

        clock.advance(Duration.ofSeconds(11)); // the quarantine is 10 s by default
        for (int i = 0; i < 4; i++) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange().expectStatus().isOk();
        }
        assertThat(ideaA.received()).hasSize(2);
    }

    @Test
    void exposesTheLoadBalancersPerInstanceMetrics() {
        ideas(stub -> stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA));
        gateway.get().uri("/api/ideas/{id}", ID).exchange().expectStatus().isOk();
        gateway.get().uri("/api/ideas/{id}", ID).exchange().expectStatus().isOk();

        String scrape = gateway.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        for (StubBackend instance : List.of(ideaA, ideaB)) {
            String port = instance.url().substring(instance.url().lastIndexOf(':') + 1);
            assertThat(scrape).containsPattern("loadbalancer_requests_success_seconds_count\\{[^}]*service_id=\"idea-service\""
                    + "[^}]*service_instance_port=\"" + port + "\"[^}]*uri=\"http://idea-service/ideas/[^\"]*\"");
        }
    }

    private WebTestClient.ResponseSpec submit() {
        return gateway.post().uri("/api/ideas")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange();
    }

    private void answerEveryRead() {
        ideas(stub -> {
            stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA);
            stub.answerJson("/ideas/" + ID, ComposedIdeaViewTest.IDEA);
        });
        for (StubBackend stub : List.of(evaluationA, evaluationB)) {
            stub.answerJson("/evaluations/" + ID, ComposedIdeaViewTest.APPROVED);
        }
        for (StubBackend stub : List.of(roadmapA, roadmapB)) {
            stub.answerJson("/roadmap/items/" + ID, ComposedIdeaViewTest.SCHEDULED);
            stub.answerJson("/roadmap?team=payments", PassThroughReadsTest.ROADMAP);
            stub.answerJson("/roadmap", "[" + PassThroughReadsTest.ROADMAP + "]");
        }
    }

    private static void ideas(Consumer<StubBackend> setUp) {
        setUp.accept(ideaA);
        setUp.accept(ideaB);
    }

    private List<StubBackend.Received> receivedCommands() {
        return Stream.concat(ideaA.received().stream(), ideaB.received().stream())
                .filter(received -> received.method().equals("POST"))
                .toList();
    }

    private void down(StubBackend... instances) {
        for (StubBackend instance : instances) {
            outages.add(instance.down());
        }
    }

    /** A clock that moves only when told to. */
    static final class TestClock extends Clock {

        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
