package io.innovation.pipeline.platform.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Waits until a service reports ready: its stream processor is RUNNING and its stores can be read. */
public final class Readiness {
    private Readiness() {
    }

    public static void awaitReady(RestTestClient http) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
    }
}
