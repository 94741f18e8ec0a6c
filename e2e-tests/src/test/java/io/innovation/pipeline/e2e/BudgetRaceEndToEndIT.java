package io.innovation.pipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Budgets never overspend, also across a SIGKILL: an envelope that fits exactly 100 approvals, 300 small strong
 * ideas on its theme approved by the gate as fast as they arrive, two instances of evaluation-service and one of
 * them killed a third of the way in. Counted to the end of the evaluations topic (read_committed): every idea is
 * decided once, exactly 100 are APPROVED and 200 PARKED, and what the theme shows reserved is the 100 costs.
 */
class BudgetRaceEndToEndIT {
    static final int IDEAS = 300;
    static final int FITS = 100;
    static final BigDecimal COST = new BigDecimal("1000");
    static final String THEME = "customer-experience";

    @Test
    void anEnvelopeThatFitsAHundredOfThreeHundredRacingApprovalsApprovesExactlyAHundred() throws Exception {
        try (PipelineSystem system = new PipelineSystem(Broker.embedded(), 2)) {
            system.start();
            KafkaTopics topics = new KafkaTopics(system.brokers());
            URI gateway = system.gateway.baseUri();
            GatewayClient executive = new GatewayClient(gateway, "erin", GatewayClient.DEMO_PASSWORD);
            String quarter = quarterOf(Instant.now());
            HttpResponse<String> envelope = executive.put("/api/themes/" + THEME + "/budgets/" + quarter,
                    "{\"amount\": " + COST.multiply(BigDecimal.valueOf(FITS)) + ", \"currency\": \"EUR\"}");
            assertThat(envelope.statusCode()).as(envelope.body()).isEqualTo(200);

            KafkaTopics.Burst burst = KafkaTopics.Burst.of(IDEAS, BudgetRaceEndToEndIT::idea);
            List<String> ids = burst.ids();
            topics.sendKillingAt(burst.commands(), IDEAS / 3, () -> system.evaluationServices.get(0).kill());

            await("a final decision for every idea").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    decisions(topics.readAll(Topic.EVALUATIONS.topicName())).keySet().containsAll(ids));
            List<ConsumerRecord<String, byte[]>> evaluations = topics.readAll(Topic.EVALUATIONS.topicName());
            Map<String, List<JsonNode>> decisions = decisions(evaluations);

            assertThat(decisions).containsOnlyKeys(ids).allSatisfy((id, decided) -> assertThat(decided).as(id).hasSize(1));
            Map<String, Long> outcomes = decisions.values().stream()
                    .collect(Collectors.groupingBy(decided -> decided.get(0).get("outcome").asString(), Collectors.counting()));
            assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("APPROVED", (long) FITS, "PARKED", (long) IDEAS - FITS));
            BigDecimal approvedCost = decisions.values().stream().map(decided -> decided.get(0))
                    .filter(decided -> decided.get("outcome").asString().equals("APPROVED"))
                    .map(decided -> decided.get("budget").get("cost").decimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(approvedCost).isEqualByComparingTo(COST.multiply(BigDecimal.valueOf(FITS)));

            await("the theme shows the reservations").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> themes = executive.get("/api/themes/" + THEME);
                assertThat(themes.statusCode()).as(themes.body()).isEqualTo(200);
                JsonNode budget = null;
                for (JsonNode period : GatewayClient.JSON.readTree(themes.body()).get("budgets")) {
                    if (period.get("period").asString().equals(quarter)) {
                        budget = period;
                    }
                }
                assertThat(budget).as(themes.body()).isNotNull();
                assertThat(budget.get("reserved").decimalValue()).isEqualByComparingTo(approvedCost);
                assertThat(budget.get("remaining").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
                assertThat(budget.get("approvals").asInt()).isEqualTo(FITS);
            });
        }
    }

    /** Small, strong and on the theme: the gate approves each alone, so each approval races for the envelope. */
    private static String idea(int i) {
        return """
                {"title": "Small strong idea %d", "problem": "A real problem", "submitter": "load", "team": "identity",
                 "themes": ["%s"], "reach": 5000, "impact": 2, "confidence": 80, "effortWeeks": 2,
                 "costEstimate": {"amount": %s, "currency": "EUR"}, "timeCriticality": 8, "riskReduction": 5}
                """.formatted(i, THEME, COST);
    }

    /** The IdeaDecided events per idea, in log order. */
    private static Map<String, List<JsonNode>> decisions(List<ConsumerRecord<String, byte[]>> evaluations) {
        Map<String, List<JsonNode>> byIdea = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : evaluations) {
            if (EventTypes.IDEA_DECIDED.equals(KafkaTopics.header(record, "ce_type"))) {
                byIdea.computeIfAbsent(record.key(), id -> new ArrayList<>()).add(GatewayClient.JSON.readTree(record.value()));
            }
        }
        return byIdea;
    }

    private static String quarterOf(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return utc.getYear() + "-Q" + ((utc.getMonthValue() - 1) / 3 + 1);
    }
}
