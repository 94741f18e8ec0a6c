package io.innovation.pipeline.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.StreamFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What a running service's bindings must be. */
public final class BindingChecks {
    private BindingChecks() {
    }

    /**
     * {@code /actuator/bindings} lists exactly the function's bindings, all running; each is bound to the catalogue
     * topic the function declares (the Kafka Streams binder does not show destinations in that endpoint: they are read from
     * the binder's configuration, and shown by {@code /actuator/info}), so no topic the service writes is left unbound.
     */
    @SuppressWarnings("unchecked")
    public static void assertBoundAsDeclared(RestTestClient http, BindingServiceProperties bindings, StreamFunction function) {
        List<Map<String, Object>> listed = http.get().uri("/actuator/bindings").exchange()
                .expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        Map<String, Object> states = listed.stream().collect(Collectors.toMap(
                binding -> String.valueOf(binding.get("bindingName")), binding -> binding.get("state")));

        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < function.inputs().size(); i++) {
            expected.put(function.inputBinding(i), function.inputDestination(i));
        }
        for (int i = 0; i < function.outputs().size(); i++) {
            expected.put(function.outputBinding(i), function.outputs().get(i));
        }
        assertThat(states.keySet()).isEqualTo(expected.keySet());
        assertThat(states.values()).containsOnly("running");
        Map<String, String> destinations = expected.keySet().stream()
                .collect(Collectors.toMap(name -> name, bindings::getBindingDestination));
        assertThat(destinations).isEqualTo(expected);
        assertThat(destinations.values().stream().flatMap(destination -> List.of(destination.split(",")).stream()).toList())
                .isSubsetOf(Topic.specs().stream().map(Topic.TopicSpec::name).toList());
        Map<String, Object> info = http.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        // contains, not equals: the Kafka Streams binder also records a binding entry named after a topic that is both
        // an output and a global table's input (it looks up that name), though nothing is bound under it
        assertThat((Map<String, String>) info.get("bindings")).containsAllEntriesOf(expected);
    }
}
