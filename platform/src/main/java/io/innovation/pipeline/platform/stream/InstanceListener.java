package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.contracts.Topic;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * A listener of this instance alone: every instance reads every partition of the topics (a group of its own, never
 * committing offsets), committed records only. What tells a service's HTTP commands their outcome (from the end), or
 * what an instance builds a local index from (from the start).
 */
public final class InstanceListener {

    /** Where a new listener starts: at the end of each partition, or at its start. */
    public enum From {
        LATEST,
        EARLIEST
    }

    private InstanceListener() {
    }

    /** @param groupPrefix the group id is this plus a random suffix, e.g. {@code innovation-idea-service-outcomes-} */
    public static KafkaMessageListenerContainer<String, byte[]> container(KafkaProperties kafka, String groupPrefix, From from,
                                                                          MessageListener<String, byte[]> listener, Topic... topics) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + UUID.randomUUID());
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, from.name().toLowerCase(java.util.Locale.ROOT));
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        ContainerProperties container = new ContainerProperties(Arrays.stream(topics).map(Topic::topicName).toArray(String[]::new));
        container.setAckMode(ContainerProperties.AckMode.MANUAL); // never acknowledged: nothing to commit
        container.setMessageListener(listener);
        return new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer()), container);
    }

    /** Ready once the listener has its partitions: before that, an HTTP command's outcome could slip past. */
    public static HealthIndicator health(KafkaMessageListenerContainer<String, byte[]> listener) {
        return () -> {
            var assigned = listener.getAssignedPartitions();
            boolean listening = listener.isRunning() && assigned != null && !assigned.isEmpty();
            return (listening ? Health.up() : Health.down()).withDetail("partitions", assigned == null ? 0 : assigned.size()).build();
        };
    }

    /** For a listener method reference: {@code InstanceListener.of(outcomes::onRecord)}. */
    public static MessageListener<String, byte[]> of(java.util.function.Consumer<ConsumerRecord<String, byte[]>> onRecord) {
        return onRecord::accept;
    }
}
