package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

class OperationsEndpointsTest extends GatewayIntegrationTest {

    @Test
    void reportsLivenessAndReadiness() {
        for (String probe : new String[] {"liveness", "readiness"}) {
            gateway.get().uri("/actuator/health/{probe}", probe).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void exposesThePartialResponseCounterForEveryPartToPrometheus() {
        String scrape = gateway.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape).containsPattern("innovation_gateway_partial_responses_total\\{[^}]*part=\"idea\"")
                .containsPattern("innovation_gateway_partial_responses_total\\{[^}]*part=\"evaluation\"")
                .containsPattern("innovation_gateway_partial_responses_total\\{[^}]*part=\"roadmap\"");
    }

    @Test
    void exposesTheLiveFeedsMetricsToPrometheusWithLowCardinalityLabelsOnly() {
        String scrape = gateway.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape).containsPattern("(?m)^innovation_gateway_sse_subscribers\\{application=\"gateway\"} ")
                .containsPattern("(?m)^innovation_gateway_sse_dropped_total\\{application=\"gateway\"} ")
                .containsPattern("innovation_gateway_feed_skipped_total\\{application=\"gateway\",reason=\"unknown-type\",topic=\"innovation.ideas.v1\"}")
                .containsPattern("innovation_gateway_feed_events_total\\{application=\"gateway\",topic=\"innovation.roadmap.v1\"}")
                // the binder's lag gauge is left out: it would make the scrape wait for Kafka, which is down here
                .doesNotContain("spring_cloud_stream_binder_kafka_offset");
    }

    /** Kafka is unreachable in this context: the feed's binder says so, while the gateway stays ready for HTTP. */
    @Test
    void withoutKafkaTheBindersAreDownButTheGatewayIsReady() {
        gateway.get().uri("/actuator/health/kafka").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo("DOWN");
        gateway.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk();
    }

    /** Without Kafka the live feed has no events, but it opens as usual: the connected comment comes first. */
    @Test
    void withoutKafkaTheLiveFeedStillOpens() {
        List<ServerSentEvent<String>> first = gateway.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/events").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .getResponseBody()
                .take(1)
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(first).singleElement().satisfies(event -> {
            assertThat(event.comment()).isEqualTo("connected");
            assertThat(event.data()).isNull();
        });
    }
}
