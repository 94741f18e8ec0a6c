package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** JSON serdes (Jackson 3) for state stores and internal topics. */
public final class JsonSerde {
    private JsonSerde() {
    }

    public static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : CloudEventCodec.json().writeValueAsBytes(value),
                (topic, bytes) -> bytes == null ? null : CloudEventCodec.json().readValue(bytes, type));
    }
}
