package io.innovation.pipeline.platform.testing;

import io.innovation.pipeline.platform.stream.StreamFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What every back-end's suite checks against a real broker, whichever broker it is (embedded or container): the
 * binder binds the service's function to the catalogue topics it declares.
 */
public abstract class ServiceBehaviour {
    @Autowired
    protected RestTestClient http;
    @Autowired
    protected BindingServiceProperties bindings;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String brokers;

    /** The service's topology function. */
    protected abstract StreamFunction function();

    @Test
    void theBinderBindsTheTopologyToCatalogueTopics() {
        Readiness.awaitReady(http);
        BindingChecks.assertBoundAsDeclared(http, bindings, function());
        http.get().uri("/actuator/health/binders").exchange().expectStatus().isOk();
    }
}
