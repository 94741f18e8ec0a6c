package io.innovation.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The AsyncAPI document integrators read describes every topic of the catalogue and every event type. */
class AsyncApiDocumentTest {

    @Test
    void everyTopicAndDeadLetterTopicIsAChannel() throws Exception {
        List<String> addresses = new ArrayList<>();
        document().get("channels").forEach(channel -> addresses.add(channel.get("address").asString()));
        for (Topic topic : Topic.values()) {
            assertThat(addresses).contains(topic.topicName());
        }
        for (Topic topic : Topic.consumed()) {
            assertThat(addresses).contains(topic.deadLetterTopicName());
        }
    }

    @Test
    void everyEventTypeIsAMessageWhosePayloadSchemaExists() throws Exception {
        JsonNode messages = document().get("components").get("messages");
        EventTypes.all().forEach((type, ceType) -> {
            JsonNode message = messages.get(type.getSimpleName());
            assertThat(message).as(type.getSimpleName()).isNotNull();
            assertThat(message.get("x-ce-type").asString()).isEqualTo(ceType);
            String schema = "/" + message.get("payload").get("$ref").asString();
            assertThat(AsyncApiDocumentTest.class.getResource(schema)).as(schema).isNotNull();
        });
    }

    private static JsonNode document() throws Exception {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.json")) {
            return CloudEventCodec.json().readTree(in);
        }
    }
}
