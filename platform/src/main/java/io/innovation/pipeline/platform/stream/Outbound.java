package io.innovation.pipeline.platform.stream;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A record leaving a topology: the topic it goes to and its value bytes. The CloudEvent attributes travel
 * in the Kafka record headers. One sink with a topic-name extractor serves every output of a processor,
 * so a processor can route to events, rejections and dead letters within the same transaction.
 */
public record Outbound(String topic, byte[] value) {

    /** Writes the value bytes; outbound records are never read back through this serde. */
    public static final Serde<Outbound> SERDE = Serdes.serdeFrom(
            (topic, outbound) -> outbound == null ? null : outbound.value(),
            (topic, bytes) -> {
                throw new UnsupportedOperationException("Outbound records are write-only");
            });
}
