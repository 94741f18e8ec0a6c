package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.contracts.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The pipeline as it stood at an instant, computed from the event log rather than a snapshot: a consumer of its
 * own (no group, nothing committed) reads each partition of the three event topics from the beginning up to the
 * first offset whose timestamp is after that instant ({@code offsetsForTimes}), folding every committed event
 * with the same {@link PipelineFold} as the live view. Bounded: past the deadline it gives up.
 */
public class EventLogReplay {

    private final Map<String, Object> consumerConfig;

    /** @param bootstrapServers the Kafka cluster */
    public EventLogReplay(String bootstrapServers) {
        this.consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.CLIENT_ID_CONFIG, "innovation-gateway-as-of");
    }

    /**
     * Every idea's summary as of {@code asOf} (events with a timestamp at or before it).
     *
     * @throws TimeoutException when the log could not be read up to there within {@code timeout}
     */
    public Collection<IdeaSummary> replay(Instant asOf, Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, IdeaSummary> ideas = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic topic : ViewSource.TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic.topicName(), remaining(deadline));
                for (PartitionInfo info : infos) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
            }
            if (partitions.isEmpty()) {
                return List.of();
            }
            Map<TopicPartition, Long> stops = stopOffsets(consumer, partitions, asOf, deadline);
            Set<TopicPartition> open = new HashSet<>();
            stops.forEach((partition, stop) -> {
                if (stop > 0) {
                    open.add(partition);
                }
            });
            Set<TopicPartition> assigned = Set.copyOf(open);
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            for (TopicPartition partition : new ArrayList<>(open)) {
                if (consumer.position(partition, remaining(deadline)) >= stops.get(partition)) {
                    open.remove(partition);
                }
            }
            consumer.pause(difference(assigned, open));
            while (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the event log could not be read up to " + asOf + " within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= stops.get(partition)) {
                        continue;
                    }
                    ViewEvents.Decoded event = ViewEvents.decode(record.headers(), record.value(), record.timestamp());
                    if (event != null) {
                        ideas.compute(PipelineFold.ideaId(event.payload()),
                                (id, current) -> PipelineFold.apply(current, event.payload(), event.time()));
                    }
                }
                for (TopicPartition partition : new ArrayList<>(open)) {
                    if (consumer.position(partition, remaining(deadline)) >= stops.get(partition)) {
                        open.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException timedOut) {
            throw new TimeoutException("Kafka did not answer within " + timeout + ": " + timedOut.getMessage());
        }
        return ideas.values();
    }

    /**
     * Per partition, the first offset not to read: the first record after {@code asOf}, or the end of the
     * partition (the last stable offset, for read_committed) when every record is at or before it.
     */
    private static Map<TopicPartition, Long> stopOffsets(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
                                                         Instant asOf, long deadline) {
        Map<TopicPartition, Long> query = new HashMap<>();
        long after = asOf.toEpochMilli() + 1;
        partitions.forEach(partition -> query.put(partition, after));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, remaining(deadline));
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, remaining(deadline));
        Map<TopicPartition, Long> stops = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long end = ends.getOrDefault(partition, 0L);
            OffsetAndTimestamp first = found.get(partition);
            stops.put(partition, first == null ? end : Math.min(first.offset(), end));
        }
        return stops;
    }

    private static Set<TopicPartition> difference(Set<TopicPartition> all, Set<TopicPartition> open) {
        Set<TopicPartition> rest = new HashSet<>(all);
        rest.removeAll(open);
        return rest;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }
}
