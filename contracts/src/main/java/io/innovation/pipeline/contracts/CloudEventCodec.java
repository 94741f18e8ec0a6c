package io.innovation.pipeline.contracts;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the public payloads as CloudEvents in Kafka binary mode: attributes in {@code ce_*}
 * headers, {@code content-type: application/json}, and the record's JSON as the Kafka value.
 */
public final class CloudEventCodec {
    public static final String JSON = "application/json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // consumers ignore fields they do not know: producers may add optional fields
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final URI source;

    /** @param source the {@code ce_source} of events this codec writes, e.g. {@code /idea-service} */
    public CloudEventCodec(String source) {
        this.source = URI.create(source);
    }

    public static JsonMapper json() {
        return MAPPER;
    }

    /** A CloudEvent carrying {@code payload}, with a fresh id. */
    public CloudEvent event(String subject, Object payload, Instant time) {
        return event(UUID.randomUUID().toString(), subject, payload, time);
    }

    public CloudEvent event(String id, String subject, Object payload, Instant time) {
        return event(id, EventTypes.typeOf(payload.getClass()), subject, payload, time);
    }

    /** A CloudEvent of an explicit type: for a service's records on its own internal (repartition) topics. */
    public CloudEvent event(String id, String type, String subject, Object payload, Instant time) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(MAPPER.writeValueAsBytes(payload))
                .build();
    }

    /** The Kafka binary-mode form of an event: headers plus value bytes. */
    public static KafkaPayload toKafka(CloudEvent event) {
        ProducerRecord<Void, byte[]> record = KafkaMessageFactory.createWriter("unused").writeBinary(event);
        return new KafkaPayload(record.headers(), record.value());
    }

    /**
     * Reads a CloudEvent from a Kafka record.
     *
     * @throws CloudEventRWException when the headers and value are not a CloudEvent
     */
    public static CloudEvent fromKafka(Headers headers, byte[] value) {
        return KafkaMessageFactory.createReader(headers, value).toEvent();
    }

    /**
     * The event's data as {@code type}.
     *
     * @throws JacksonException when the data is not JSON of that shape
     */
    public static <T> T data(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("the CloudEvent has no data");
        }
        return MAPPER.readValue(event.getData().toBytes(), type);
    }

    /**
     * The event's data as a JSON tree, for checking against its schema ({@link SchemaValidator}) before it is read
     * as a record.
     *
     * @throws JacksonException when the data is not JSON
     */
    public static JsonNode dataTree(CloudEvent event) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("the CloudEvent has no data");
        }
        return MAPPER.readTree(event.getData().toBytes());
    }

    /** Headers plus value of a Kafka record in CloudEvents binary mode. */
    public record KafkaPayload(Headers headers, byte[] value) {
    }
}
