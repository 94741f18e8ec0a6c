package io.innovation.pipeline.roadmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.platform.testing.GoldenAnswers;
import io.innovation.pipeline.platform.testing.KafkaTopicReader;
import io.innovation.pipeline.roadmap.stream.RoadmapTopology;
import io.innovation.pipeline.platform.stream.StreamFunction;
import io.innovation.pipeline.platform.testing.Readiness;
import io.innovation.pipeline.platform.testing.ServiceBehaviour;
import io.innovation.pipeline.platform.testing.TestEvents;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.roadmap.stream.Decisions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

/** roadmap-service against a real broker (embedded KRaft, or a Kafka container): decisions in, roadmap events out, views over HTTP. */
abstract class RoadmapServiceBehaviour extends ServiceBehaviour {
    static final String ID = "55555555-5555-4555-8555-555555555555";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Override
    protected StreamFunction function() {
        return RoadmapTopology.FUNCTION;
    }

    @Test
    void anApprovedIdeaIsScheduledPublishedAndReadable() throws Exception {
        Readiness.awaitReady(http);
        IdeaDecided decision = Decisions.approved(ID, "identity", 75, 10);
        TestEvents.publish(kafka, Topic.EVALUATIONS, ID, new CloudEventCodec("/evaluation-service").event(ID, decision, decision.decidedAt()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                http.get().uri("/roadmap/items/{id}", ID).exchange()
                        .expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.status").isEqualTo("SCHEDULED")
                        .jsonPath("$.startPeriod").isEqualTo("2027-Q1")
                        .jsonPath("$.reason").isNotEmpty());
        GoldenAnswers.record("roadmap-service.get-roadmap-item", // what the gateway's composed view reads
                http.get().uri("/roadmap/items/{id}", ID).exchange().expectStatus().isOk()
                        .expectBody().returnResult().getResponseBodyContent());
        http.get().uri("/roadmap?team=identity").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].ideaId").isEqualTo(ID)
                .jsonPath("$.utilisation[0].capacityWeeks").isEqualTo(39.0);

        try (KafkaTopicReader reader = new KafkaTopicReader(brokers, Topic.ROADMAP.topicName())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(reader.payloads(EventTypes.ITEM_SCHEDULED, ItemScheduled.class))
                            .extracting(ItemScheduled::ideaId).containsExactly(ID));
        }
        http.get().uri("/roadmap/items/{id}", "66666666-6666-4666-8666-666666666666").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("innovation_roadmap_capacity_utilisation{"));
    }

    @Test
    void aPlannerSeesWhatACapacityCutWouldDoThenMakesItAndStartsTheWork() throws Exception {
        Readiness.awaitReady(http);
        String id = "77777777-7777-4777-8777-777777777777";
        IdeaDecided decision = Decisions.approved(id, "platform", 70, 40); // platform plans with 52 weeks a quarter
        TestEvents.publish(kafka, Topic.EVALUATIONS, id, new CloudEventCodec("/evaluation-service").event(id, decision, decision.decidedAt()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/roadmap/items/{id}", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.endPeriod").isEqualTo("2027-Q1"));
        String cut = "{\"weeks\": 20}";

        http.post().uri("/roadmap/what-if").header(Caller.USER_HEADER, "paul").header(Caller.ROLES_HEADER, "PLANNER")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"capacity\": [{\"team\": \"platform\", \"period\": \"2027-Q1\", \"weeks\": 20}]}")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.changes[0].ideaId").isEqualTo(id)
                .jsonPath("$.changes[0].change").isEqualTo("RESCHEDULED")
                .jsonPath("$.changes[0].toEnd").isEqualTo("2027-Q2");
        http.get().uri("/roadmap/items/{id}", id).exchange().expectBody().jsonPath("$.endPeriod").isEqualTo("2027-Q1");

        http.put().uri("/teams/platform/capacity/2027-Q1").contentType(MediaType.APPLICATION_JSON).body(cut)
                .exchange().expectStatus().isUnauthorized();
        http.put().uri("/teams/platform/capacity/2027-Q1").header(Caller.USER_HEADER, "alice").header(Caller.ROLES_HEADER, "SUBMITTER")
                .contentType(MediaType.APPLICATION_JSON).body(cut).exchange().expectStatus().isForbidden();
        http.put().uri("/teams/platform/capacity/2027-Q1").header(Caller.USER_HEADER, "paul").header(Caller.ROLES_HEADER, "PLANNER")
                .contentType(MediaType.APPLICATION_JSON).body(cut)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.previousWeeks").isEqualTo(52.0)
                .jsonPath("$.setBy").isEqualTo("paul");
        // the command re-planned the team before it answered
        http.get().uri("/roadmap/items/{id}", id).exchange().expectBody()
                .jsonPath("$.endPeriod").isEqualTo("2027-Q2")
                .jsonPath("$.reason").value(reason -> assertThat(reason.toString())
                        .contains("capacity of team platform in 2027-Q1 cut from 52 to 20 weeks by paul"));
        http.get().uri("/teams").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.teams[?(@.team == 'platform')].capacity[0].setBy").isEqualTo("paul");

        http.post().uri("/roadmap/items/{id}/start", id).header(Caller.USER_HEADER, "alice").header(Caller.ROLES_HEADER, "SUBMITTER")
                .header(Caller.TEAMS_HEADER, "web").exchange().expectStatus().isForbidden();
        // a member of the item's team reports its progress
        http.post().uri("/roadmap/items/{id}/start", id).header(Caller.USER_HEADER, "bob").header(Caller.ROLES_HEADER, "SUBMITTER")
                .header(Caller.TEAMS_HEADER, "web,platform")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("IN_PROGRESS");
        http.post().uri("/roadmap/items/{id}/start", id).header(Caller.USER_HEADER, "paul").header(Caller.ROLES_HEADER, "PLANNER")
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/teams/platform/capacity/2027-Q1").header(Caller.USER_HEADER, "paul").header(Caller.ROLES_HEADER, "PLANNER")
                .contentType(MediaType.APPLICATION_JSON).body("{\"weeks\": -3}")
                .exchange().expectStatus().isBadRequest();
        // a month, but this roadmap plans in quarters: the caller's mistake, named
        http.put().uri("/teams/platform/capacity/2027-03").header(Caller.USER_HEADER, "paul").header(Caller.ROLES_HEADER, "PLANNER")
                .contentType(MediaType.APPLICATION_JSON).body(cut)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("period");
    }
}
