package io.innovation.pipeline.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.evaluation.stream.SubmittedIdeas;
import io.innovation.pipeline.platform.testing.GoldenAnswers;
import io.innovation.pipeline.platform.testing.KafkaTopicReader;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.stream.StreamFunction;
import io.innovation.pipeline.platform.testing.Readiness;
import io.innovation.pipeline.platform.testing.ServiceBehaviour;
import io.innovation.pipeline.platform.testing.TestEvents;
import io.innovation.pipeline.platform.web.Caller;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

/** evaluation-service against a real broker (embedded KRaft, or a Kafka container): ideas in, evaluations out and readable over HTTP. */
abstract class EvaluationServiceBehaviour extends ServiceBehaviour {
    static final String ID = "33333333-3333-4333-8333-333333333333";
    static final String GREY = "55555555-5555-4555-8555-555555555555";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Override
    protected StreamFunction function() {
        return EvaluationTopology.FUNCTION;
    }

    @Test
    void aSubmittedIdeaIsScoredDecidedPublishedAndReadable() throws Exception {
        Readiness.awaitReady(http);
        TestEvents.publish(kafka, Topic.IDEAS, ID, new CloudEventCodec("/idea-service").event(ID, SubmittedIdeas.strong(ID), SubmittedIdeas.AT));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                http.get().uri("/evaluations/{id}", ID).exchange()
                        .expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.decision.outcome").isEqualTo("APPROVED")
                        .jsonPath("$.assessment.rice.explanation").isNotEmpty()
                        .jsonPath("$.assessment.priorityTerms.length()").isEqualTo(3)
                        .jsonPath("$.decision.budget.themeId").isEqualTo("customer-experience")
                        .jsonPath("$.decision.engineerExplanation").isNotEmpty()
                        .jsonPath("$.decision.executiveExplanation").isNotEmpty());
        GoldenAnswers.record("evaluation-service.get-evaluation", // what the gateway's composed view reads
                http.get().uri("/evaluations/{id}", ID).exchange().expectStatus().isOk()
                        .expectBody().returnResult().getResponseBodyContent());

        try (KafkaTopicReader reader = new KafkaTopicReader(brokers, Topic.EVALUATIONS.topicName())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(reader.payloads(EventTypes.IDEA_DECIDED, IdeaDecided.class))
                            .extracting(IdeaDecided::ideaId).containsExactly(ID));
        }
        http.get().uri("/evaluations/{id}", "44444444-4444-4444-8444-444444444444").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("innovation_decisions_total{"));
    }

    @Test
    void aReviewerReviewsAndDecidesAGreyZoneIdeaThatItsSubmitterCannotReview() throws Exception {
        Readiness.awaitReady(http);
        TestEvents.publish(kafka, Topic.IDEAS, GREY, new CloudEventCodec("/idea-service").event(GREY, SubmittedIdeas.middling(GREY), SubmittedIdeas.AT));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                http.get().uri("/evaluations/{id}", GREY).exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.decision.outcome").isEqualTo("NEEDS_REVIEW"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                http.get().uri("/reviews/queue").header(Caller.USER_HEADER, "rita").header(Caller.ROLES_HEADER, "REVIEWER").exchange()
                        .expectStatus().isOk()
                        .expectBody().jsonPath("$[0].ideaId").isEqualTo(GREY).jsonPath("$[0].needs").isEqualTo("REVIEW"));

        http.post().uri("/ideas/{id}/reviews", GREY).header(Caller.USER_HEADER, "alice").header(Caller.ROLES_HEADER, "REVIEWER")
                .contentType(MediaType.APPLICATION_JSON).body("{\"feasibility\": 5, \"value\": 5, \"risk\": 1}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.post().uri("/ideas/{id}/reviews", GREY).header(Caller.USER_HEADER, "rita").header(Caller.ROLES_HEADER, "REVIEWER")
                .contentType(MediaType.APPLICATION_JSON).body("{\"feasibility\": 9, \"value\": 5}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("feasibility", "risk"));
        http.post().uri("/ideas/{id}/reviews", GREY).header(Caller.USER_HEADER, "rita").header(Caller.ROLES_HEADER, "REVIEWER")
                .contentType(MediaType.APPLICATION_JSON).body("{\"feasibility\": 4, \"value\": 5, \"risk\": 2, \"comment\": \"worth it\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.reviewer").isEqualTo("rita");

        http.post().uri("/ideas/{id}/decision", GREY).header(Caller.USER_HEADER, "rita").header(Caller.ROLES_HEADER, "REVIEWER")
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\": \"APPROVED\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("rationale");
        http.post().uri("/ideas/{id}/decision", GREY).header(Caller.USER_HEADER, "rita").header(Caller.ROLES_HEADER, "REVIEWER")
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\": \"APPROVED\", \"rationale\": \"payouts matter\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.outcome").isEqualTo("APPROVED")
                .jsonPath("$.decidedBy").isEqualTo("rita")
                .jsonPath("$.proposal").isEqualTo("REJECTED")
                .jsonPath("$.budget.themeId").isEqualTo("platform-reliability");

        http.get().uri("/ideas/{id}/history", GREY).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].type").value(types -> assertThat(types.toString())
                        .contains(EventTypes.IDEA_REVIEWED, EventTypes.IDEA_DECIDED))
                .jsonPath("$[?(@.type == '" + EventTypes.IDEA_REVIEWED + "')].actor").isEqualTo(java.util.List.of("rita"));
        http.get().uri("/themes").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id == 'platform-reliability')].budgets[0].reserved").isEqualTo(java.util.List.of(20000));
        http.post().uri("/what-if/scoring").contentType(MediaType.APPLICATION_JSON)
                .body("{\"approveAtOrAbove\": 95, \"rejectBelow\": 90}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ranking[?(@.ideaId == '" + GREY + "')].current").isEqualTo(java.util.List.of("APPROVED"))
                .jsonPath("$.ranking[?(@.ideaId == '" + GREY + "')].wouldBe").isEqualTo(java.util.List.of("REJECTED"))
                .jsonPath("$.ranking[?(@.ideaId == '" + GREY + "')].decisionChanges").isEqualTo(java.util.List.of(true));
        http.post().uri("/what-if/scoring").contentType(MediaType.APPLICATION_JSON).body("{\"rejectBelow\": 99}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/evaluations/{id}", GREY).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.decision.outcome").isEqualTo("APPROVED");
        http.put().uri("/themes/{id}", "platform-reliability").header(Caller.USER_HEADER, "rita").header(Caller.ROLES_HEADER, "REVIEWER")
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"PR\", \"weight\": 1, \"active\": true}").exchange()
                .expectStatus().isForbidden();
        http.put().uri("/themes/{id}", "platform-reliability").header(Caller.USER_HEADER, "erin").header(Caller.ROLES_HEADER, "EXECUTIVE")
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"Platform reliability\", \"weight\": 0.9, \"active\": true}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.weight").isEqualTo(0.9).jsonPath("$.source").isEqualTo("strategy");
    }
}
