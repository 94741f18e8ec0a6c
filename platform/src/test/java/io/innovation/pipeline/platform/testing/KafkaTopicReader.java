package io.innovation.pipeline.platform.testing;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a real topic from the beginning with {@code read_committed}, as an outside integrator would, and
 * keeps everything it has seen. Not thread-safe; one per test.
 */
public final class KafkaTopicReader implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public KafkaTopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls once more and returns every record seen so far. */
    public List<ConsumerRecord<String, byte[]>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Every CloudEvent seen so far whose data is of {@code type}'s CloudEvent type. */
    public <T> List<T> payloads(String ceType, Class<T> type) {
        return poll().stream()
                .map(r -> CloudEventCodec.fromKafka(r.headers(), r.value()))
                .filter(e -> ceType.equals(e.getType()))
                .map(e -> CloudEventCodec.data(e, type))
                .toList();
    }

    public static CloudEvent event(ConsumerRecord<String, byte[]> record) {
        return CloudEventCodec.fromKafka(record.headers(), record.value());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
