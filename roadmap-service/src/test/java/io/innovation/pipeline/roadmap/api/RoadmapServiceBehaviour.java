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
}
