package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
