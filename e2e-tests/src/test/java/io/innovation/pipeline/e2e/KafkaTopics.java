package io.innovation.pipeline.e2e;

import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The system's topics as an outside integrator meets them: plain Kafka clients, committed records only. */
final class KafkaTopics {
    private final String brokers;

    KafkaTopics(String brokers) {
        this.brokers = brokers;
    }

    /** Every committed record of {@code topic}, up to its end at the time of the call. */
    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await(topic + " read to its end").atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
        }
        return records;
    }

    /** Reads {@code topic} (committed records only) until a record keyed or about {@code id} shows up. */
    List<ConsumerRecord<String, byte[]>> readUntil(String topic, String id) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await(topic + " has a record for " + id).atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
                return seen.stream().anyMatch(r -> id.equals(r.key()) || new String(r.value() == null ? new byte[0] : r.value(), StandardCharsets.UTF_8).contains(id));
            });
            // drain what is already there so counts are complete
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        }
        return seen;
    }

    /**
     * Sends {@code records} in order as an outside producer; once record {@code killAt} is sent and flushed, runs
     * {@code kill} (a fault in the middle of a burst), then sends the rest.
     */
    void sendKillingAt(List<ProducerRecord<String, byte[]>> records, int killAt, Fault kill) throws Exception {
        try (KafkaProducer<String, byte[]> producer = outsideProducer()) {
            for (int i = 0; i < records.size(); i++) {
                producer.send(records.get(i));
                if (i == killAt) {
                    producer.flush();
                    kill.run();
                }
            }
        }
    }

    /** What a test does to the system in the middle of a burst. */
    interface Fault {
        void run() throws Exception;
    }

    /** {@code count} SubmitIdea commands for fresh idea ids, the i-th with the JSON {@code idea.apply(i)}. */
    record Burst(List<String> ids, List<ProducerRecord<String, byte[]>> commands) {
        static Burst of(int count, IntFunction<String> idea) {
            List<String> ids = new ArrayList<>();
            List<ProducerRecord<String, byte[]>> commands = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                commands.add(submitIdeaCloudEvent(id, idea.apply(i)));
            }
            return new Burst(ids, commands);
        }
    }

    KafkaProducer<String, byte[]> outsideProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A SubmitIdea command in CloudEvents binary mode, built by hand as a client without our code would. */
    static ProducerRecord<String, byte[]> submitIdeaCloudEvent(String ideaId, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_source", "/crm-system",
                        "ce_type", "innovation.idea.submit.v1",
                        "ce_subject", ideaId,
                        "ce_time", "2026-11-25T10:00:00Z",
                        "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(Topic.IDEA_COMMANDS.topicName(), null, ideaId, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
