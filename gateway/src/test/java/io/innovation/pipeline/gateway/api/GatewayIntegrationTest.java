package io.innovation.pipeline.gateway.api;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.config.BackendBreakers;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of three stub back-ends, and without Kafka: the live feed's consumers
 * point at a port where nothing listens, so these tests also show that the gateway starts and serves its HTTP
 * reads while Kafka is unreachable. Every subclass shares this configuration and so one Spring context and one
 * set of stubs; each test sets up the answers it needs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // Short enough to keep the hanging-back-end test quick, long enough for the first (cold) composed read:
                // on two cores shared with other builds that took up to 3.5 s end to end, and 150 ms timed healthy stubs out.
                "innovation.gateway.part-timeout=3s",
                // breakers that open within a test (see CircuitBreakerTest) and stay open until a test moves them on
                "innovation.gateway.breaker.window=4",
                "innovation.gateway.breaker.minimum-calls=4",
                "innovation.gateway.breaker.wait-in-open-state=60s",
                "innovation.gateway.breaker.trial-calls=2",
                "spring.kafka.bootstrap-servers=" + GatewayIntegrationTest.NO_KAFKA,
                "spring.cloud.stream.kafka.binder.health-timeout=1"})
abstract class GatewayIntegrationTest {

    /** Nothing listens on port 1 of the loopback interface: connections are refused at once. */
    static final String NO_KAFKA = "127.0.0.1:1";

    static final StubBackend ideaService = new StubBackend();
    static final StubBackend evaluationService = new StubBackend();
    static final StubBackend roadmapService = new StubBackend();

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        registry.add("innovation.gateway.idea-service-url", ideaService::url);
        registry.add("innovation.gateway.evaluation-service-url", evaluationService::url);
        registry.add("innovation.gateway.roadmap-service-url", roadmapService::url);
    }

    @LocalServerPort
    int port;

    WebTestClient gateway;

    /** Every call signs in as the demo user alice (SUBMITTER) with HTTP Basic, as an API client does. */
    @BeforeEach
    void signInAsAlice() {
        gateway = FreshConnections.toGatewayAt(port).mutate().defaultHeaders(headers -> headers.setBasicAuth("alice", "demo"))
                // a Prometheus scrape of the whole gateway is larger than the default 256 KiB
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
    }

    @Autowired
    BackendBreakers breakers;

    @AfterEach
    void resetStubsAndBreakers() {
        Stream.of(ideaService, evaluationService, roadmapService).forEach(StubBackend::reset);
        Stream.of(Part.values()).map(breakers::of).forEach(CircuitBreaker::reset);
    }
}
