package io.innovation.pipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of each back-end; a burst of ideas on the command topic; while they flow, one instance of each
 * back-end is killed with SIGKILL. Counted to the end of each topic with a read_committed consumer, every idea
 * has exactly one submission and one decision, every approved idea a roadmap placement, no event is published
 * twice, and the gateway answers for every idea, including those whose partitions moved to the survivors.
 */
class FailoverEndToEndIT {
    static final int IDEAS = Integer.getInteger("e2e.failover.ideas", 1000);
    static final int KILL_AFTER = IDEAS / 4;
    static final List<String> TEAMS = List.of("identity", "platform", "web");

    @Test
    void killingOneInstanceOfEachBackEndDuringABurstLosesNothingAndDuplicatesNothing() throws Exception {
        try (PipelineSystem system = new PipelineSystem(Broker.embedded(), 2)) {
            system.start();
            KafkaTopics topics = new KafkaTopics(system.brokers());
            GatewayClient gateway = new GatewayClient(system.gateway.baseUri());

            KafkaTopics.Burst burst = KafkaTopics.Burst.of(IDEAS, FailoverEndToEndIT::idea);
            List<String> ids = burst.ids();
            topics.sendKillingAt(burst.commands(), KILL_AFTER, () -> {
                for (List<ServiceProcess> instances : List.of(system.ideaServices, system.evaluationServices, system.roadmapServices)) {
                    instances.get(0).kill();
                }
            });

            await("a decision for every idea").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    keysOf(topics.readAll(Topic.EVALUATIONS.topicName()), EventTypes.IDEA_DECIDED).containsAll(ids));
            List<ConsumerRecord<String, byte[]>> ideas = topics.readAll(Topic.IDEAS.topicName());
            List<ConsumerRecord<String, byte[]>> evaluations = topics.readAll(Topic.EVALUATIONS.topicName());

            assertThat(countByKey(ideas, EventTypes.IDEA_SUBMITTED)).containsOnlyKeys(ids).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            assertThat(countByKey(evaluations, EventTypes.IDEA_DECIDED)).containsOnlyKeys(ids).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            assertThat(countByKey(evaluations, EventTypes.IDEA_ASSESSED)).containsOnlyKeys(ids).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));

            Set<String> approved = evaluations.stream()
                    .filter(record -> EventTypes.IDEA_DECIDED.equals(KafkaTopics.header(record, "ce_type")))
                    .filter(record -> GatewayClient.JSON.readTree(record.value()).get("outcome").asString().equals("APPROVED"))
                    .map(ConsumerRecord::key)
                    .collect(Collectors.toSet());
            assertThat(approved).isNotEmpty().hasSizeLessThan(IDEAS);
            await("a roadmap placement for every approved idea").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(placed(topics.readAll(Topic.ROADMAP.topicName()))).containsAll(approved));
            List<ConsumerRecord<String, byte[]>> roadmap = topics.readAll(Topic.ROADMAP.topicName());
            assertThat(placed(roadmap)).isSubsetOf(approved);

            for (List<ConsumerRecord<String, byte[]>> topic : List.of(ideas, evaluations, roadmap)) {
                List<String> eventIds = topic.stream().map(record -> KafkaTopics.header(record, "ce_id")).toList();
                assertThat(new HashSet<>(eventIds)).as("events published once").hasSameSizeAs(eventIds);
            }

            for (String id : ids) {
                await("the gateway answers for " + id).atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    HttpResponse<String> view = gateway.get("/api/ideas/" + id);
                    assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
                    JsonNode body = GatewayClient.JSON.readTree(view.body());
                    assertThat(body.get("unavailable")).as(view.body()).isEmpty();
                    assertThat(body.get("status").asString()).isIn(approved.contains(id)
                            ? List.of("SCHEDULED", "BACKLOGGED") : List.of("REJECTED", "IN_EVALUATION"));
                });
            }
        }
    }

    /** Alternately strong (approved) and poor (rejected) ideas over three teams. */
    private static String idea(int i) {
        String team = TEAMS.get(i % TEAMS.size());
        return i % 2 == 0
                ? """
                {"title": "Strong idea %d", "problem": "A real problem", "submitter": "load", "team": "%s",
                 "themes": ["customer-experience"], "reach": 5000, "impact": 2, "confidence": 80, "effortWeeks": 2,
                 "timeCriticality": 8, "riskReduction": 5}
                """.formatted(i, team)
                : """
                {"title": "Poor idea %d", "problem": "Not much of a problem", "submitter": "load", "team": "%s",
                 "themes": ["fun"], "reach": 50, "impact": 0.25, "confidence": 20, "effortWeeks": 40}
                """.formatted(i, team);
    }

    private static Map<String, Long> countByKey(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream()
                .filter(record -> type.equals(KafkaTopics.header(record, "ce_type")))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private static Set<String> keysOf(List<ConsumerRecord<String, byte[]>> records, String type) {
        return countByKey(records, type).keySet();
    }

    /** Ideas with a placement: scheduled or backlogged at least once. */
    private static Set<String> placed(List<ConsumerRecord<String, byte[]>> roadmap) {
        return roadmap.stream()
                .filter(record -> Set.of(EventTypes.ITEM_SCHEDULED, EventTypes.ITEM_BACKLOGGED).contains(KafkaTopics.header(record, "ce_type")))
                .map(ConsumerRecord::key)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
