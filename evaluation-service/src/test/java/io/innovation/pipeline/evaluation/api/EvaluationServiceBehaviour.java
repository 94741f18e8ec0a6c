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
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

/** evaluation-service against a real broker (embedded KRaft, or a Kafka container): ideas in, evaluations out and readable over HTTP. */
abstract class EvaluationServiceBehaviour extends ServiceBehaviour {
    static final String ID = "33333333-3333-4333-8333-333333333333";

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
                        .jsonPath("$.assessment.priorityTerms.length()").isEqualTo(3));
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
}
