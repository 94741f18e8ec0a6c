package io.innovation.pipeline.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.innovation.pipeline.gateway.compose.Part;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The URL variables as run.sh and a Kubernetes manifest set them. */
class GatewayPropertiesTest {

    @Test
    void takesACommaSeparatedListAsTheInstancesOfABackEnd() {
        GatewayProperties properties = bind(Map.of(
                "innovation.gateway.idea-service-url", "http://127.0.0.1:8081,http://127.0.0.1:8091",
                "innovation.gateway.evaluation-service-url", "http://127.0.0.1:8082, http://127.0.0.1:8092"));

        assertThat(properties.urls(Part.IDEA))
                .containsExactly(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8091"));
        assertThat(properties.urls(Part.EVALUATION))
                .containsExactly(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8092"));
    }

    @Test
    void takesOneUrlAsOneInstanceSuchAsAKubernetesService() {
        GatewayProperties properties = bind(Map.of("innovation.gateway.roadmap-service-url", "http://roadmap-service:8083"));

        assertThat(properties.urls(Part.ROADMAP)).containsExactly(URI.create("http://roadmap-service:8083"));
        assertThat(properties.instanceQuarantine()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesAUrlWithAPathOrWithoutAHost() {
        assertThatThrownBy(() -> bind(Map.of("innovation.gateway.idea-service-url", "http://127.0.0.1:8081/api")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("innovation.gateway.idea-service-url: http://127.0.0.1:8081/api is not");
        assertThatThrownBy(() -> bind(Map.of("innovation.gateway.idea-service-url", "localhost:8081")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("is not of the form http(s)://host[:port]");
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> bind(Map.of("innovation.gateway.idea-service-url", "")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("innovation.gateway.idea-service-url needs at least one URL");
    }

    private static GatewayProperties bind(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                "innovation.gateway.idea-service-url", "http://127.0.0.1:8081",
                "innovation.gateway.evaluation-service-url", "http://127.0.0.1:8082",
                "innovation.gateway.roadmap-service-url", "http://127.0.0.1:8083",
                "innovation.gateway.part-timeout", "2s",
                "innovation.gateway.command-timeout", "15s",
                "innovation.gateway.max-request-bytes", "65536"));
        values.putAll(overrides);
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("innovation.gateway", GatewayProperties.class);
    }
}
