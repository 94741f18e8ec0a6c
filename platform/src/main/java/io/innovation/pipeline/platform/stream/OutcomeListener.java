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
 * The listener that tells a service's HTTP commands their outcome: every instance reads every partition of the
 * topics its processors write (a group of its own, from the end, never committing), committed records only.
 */
public final class OutcomeListener {

    private OutcomeListener() {
    }

    public static KafkaMessageListenerContainer<String, byte[]> container(KafkaProperties kafka, String service,
                                                                          MessageListener<String, byte[]> listener, Topic... topics) {
        return ofThisInstance(kafka, "innovation-" + service + "-outcomes-", "latest", listener, topics);
    }

    /**
     * A listener of this instance alone, the same way but from the start of the topics: for what an instance keeps in
     * memory and rebuilds from the log at each start (e.g. idea-service's similar-ideas index).
     */
    public static KafkaMessageListenerContainer<String, byte[]> fromTheStart(KafkaProperties kafka, String service, String purpose,
                                                                             MessageListener<String, byte[]> listener, Topic... topics) {
        return ofThisInstance(kafka, "innovation-" + service + "-" + purpose + "-", "earliest", listener, topics);
    }

    private static KafkaMessageListenerContainer<String, byte[]> ofThisInstance(KafkaProperties kafka, String groupPrefix, String from,
                                                                               MessageListener<String, byte[]> listener, Topic... topics) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + UUID.randomUUID());
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, from);
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

    /** For a listener method reference: {@code OutcomeListener.of(outcomes::onRecord)}. */
    public static MessageListener<String, byte[]> of(java.util.function.Consumer<ConsumerRecord<String, byte[]>> onRecord) {
        return onRecord::accept;
    }
}
