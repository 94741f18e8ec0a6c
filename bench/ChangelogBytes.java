import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
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
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Bytes roadmap-service writes to its changelog topics per decision, against a running system (deploy/local/run.sh).
 * First fills one team with {@code backlog} approved ideas (in one burst) and waits until each is placed; then makes
 * {@code decisions} more approved ideas for the same team, one at a time (each after the previous one's placement
 * is published, so every decision is re-planned on its own), and reports what the changelog topics grew by during
 * those decisions: the records' key, value and header bytes (read_committed), and the partitions' size on disk.
 * The ideas' reach and effort vary, so their priorities differ and a new idea lands amid the team's plan, not only
 * at its end. Every idea clears the gate (priority well above 60) and has no cost, so no budget holds it back.
 *
 * Usage: java -cp '.data/kafka/lib/*' bench/ChangelogBytes.java [bootstrap] [team] [backlog] [decisions]
 */
public class ChangelogBytes {
    static final List<String> CHANGELOGS = List.of("innovation-roadmap-service-team-items-changelog",
            "innovation-roadmap-service-team-plans-changelog", "innovation-roadmap-service-item-teams-changelog");
    static final Set<String> PLACED = Set.of("innovation.roadmap.item-scheduled.v1", "innovation.roadmap.item-backlogged.v1");

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String team = args.length > 1 ? args[1] : "bench-changelog-" + Long.toString(System.currentTimeMillis(), 36);
        int backlog = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        int decisions = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Random random = new Random(7);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             KafkaConsumer<String, byte[]> placements = consumer(bootstrap);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, "5"), new StringSerializer(), new ByteArraySerializer())) {
            List<TopicPartition> roadmap = partitions(placements, List.of("innovation.roadmap.v1"));
            placements.assign(roadmap);
            placements.seekToEnd(roadmap);
            roadmap.forEach(placements::position);

            List<String> filling = new ArrayList<>();
            for (int i = 0; i < backlog; i++) {
                String id = UUID.randomUUID().toString();
                filling.add(id);
                producer.send(command(id, idea("fill " + i, team, random)));
            }
            producer.flush();
            long start = System.nanoTime();
            awaitPlaced(placements, filling, Duration.ofMinutes(10));
            System.out.printf("team %s: %d ideas placed in %.1f s%n", team, backlog, (System.nanoTime() - start) / 1e9);
            Thread.sleep(2_000); // let the last re-plan's transaction commit

            Map<TopicPartition, Long> from;
            Map<String, Long> diskBefore = diskBytes(admin);
            try (KafkaConsumer<String, byte[]> changelog = consumer(bootstrap)) {
                from = changelog.endOffsets(partitions(changelog, CHANGELOGS));
            }
            start = System.nanoTime();
            for (int i = 0; i < decisions; i++) {
                String id = UUID.randomUUID().toString();
                producer.send(command(id, idea("decision " + i, team, random)));
                producer.flush();
                awaitPlaced(placements, List.of(id), Duration.ofSeconds(60));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(2_000);
            Map<String, Long> diskAfter = diskBytes(admin);

            Map<String, long[]> written = recordBytes(bootstrap, from);
            System.out.printf("%d decisions, one at a time, in %.1f s, on a team of %d items:%n", decisions, seconds, backlog);
            long total = 0;
            long totalDisk = 0;
            for (String topic : CHANGELOGS) {
                long[] w = written.getOrDefault(topic, new long[2]);
                long disk = diskAfter.getOrDefault(topic, 0L) - diskBefore.getOrDefault(topic, 0L);
                total += w[1];
                totalDisk += disk;
                System.out.printf("  %-50s %6d records %10d bytes (%8.0f per decision); on disk +%d bytes (%.0f per decision)%n",
                        topic, w[0], w[1], (double) w[1] / decisions, disk, (double) disk / decisions);
            }
            System.out.printf("  all three: %.0f record bytes per decision, %.0f bytes on disk per decision%n",
                    (double) total / decisions, (double) totalDisk / decisions);
        }
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"),
                new org.apache.kafka.common.serialization.StringDeserializer(), new ByteArrayDeserializer());
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    static void awaitPlaced(KafkaConsumer<String, byte[]> placements, List<String> ids, Duration limit) {
        Set<String> pending = new java.util.HashSet<>(ids);
        long deadline = System.nanoTime() + limit.toNanos();
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.size() + " ideas not placed within " + limit);
            }
            for (ConsumerRecord<String, byte[]> record : placements.poll(Duration.ofMillis(100))) {
                var type = record.headers().lastHeader("ce_type");
                if (type != null && PLACED.contains(new String(type.value(), StandardCharsets.UTF_8))) {
                    pending.remove(record.key());
                }
            }
        }
    }

    /** Records and bytes (key + value + headers) by topic, from the given offsets to the end, read_committed. */
    static Map<String, long[]> recordBytes(String bootstrap, Map<TopicPartition, Long> from) {
        Map<String, long[]> bytes = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
            while (from.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    long size = Math.max(record.serializedKeySize(), 0) + Math.max(record.serializedValueSize(), 0);
                    for (var header : record.headers()) {
                        size += header.key().length() + (header.value() == null ? 0 : header.value().length);
                    }
                    long[] sum = bytes.computeIfAbsent(record.topic(), t -> new long[2]);
                    sum[0]++;
                    sum[1] += size;
                }
            }
        }
        return bytes;
    }

    /** Size on disk of each changelog topic, summed over its partitions. */
    static Map<String, Long> diskBytes(Admin admin) throws Exception {
        Map<String, Long> sizes = new HashMap<>();
        for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(admin.describeCluster().nodes().get().stream().map(node -> node.id()).toList()).allDescriptions().get().values()) {
            for (LogDirDescription dir : dirs.values()) {
                dir.replicaInfos().forEach((tp, info) -> {
                    if (CHANGELOGS.contains(tp.topic())) {
                        sizes.merge(tp.topic(), info.size(), Long::sum);
                    }
                });
            }
        }
        return sizes;
    }

    /** An idea the gate approves, with a reach and effort of its own so that priorities differ. */
    static String idea(String title, String team, Random random) {
        return "{\"title\":\"Changelog bench " + title + "\",\"problem\":\"Measure the changelog\",\"submitter\":\"bench\","
                + "\"team\":\"" + team + "\",\"themes\":[\"customer-experience\"],\"reach\":" + (1000 + random.nextInt(19_000))
                + ",\"impact\":2,\"confidence\":80,\"effortWeeks\":" + (1 + random.nextInt(2)) + ",\"timeCriticality\":8,\"riskReduction\":5}";
    }

    static ProducerRecord<String, byte[]> command(String id, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/bench",
                        "ce_type", "innovation.idea.submit.v1", "ce_subject", id, "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>("innovation.idea-commands.v1", null, id, json.getBytes(StandardCharsets.UTF_8), headers);
    }
}
