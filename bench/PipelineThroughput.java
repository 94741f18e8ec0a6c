import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Pipeline throughput against a running system (deploy/local/run.sh): N SubmitIdea CloudEvents produced to
 * the command topic in one burst, timed until each idea has its final event as a read_committed consumer sees
 * it: a roadmap placement (scheduled or backlogged), or a gate decision other than APPROVED; also when every idea
 * had passed idea-service and the gate, to show which stage held the burst up. Bounded: stops
 * after the count is complete or after the time limit.
 *
 * Usage: java -cp '.data/kafka/lib/*' bench/PipelineThroughput.java [bootstrap] [count] [teams] [limitSeconds]
 */
public class PipelineThroughput {
    static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([A-Z_]+)\"");

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int teams = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long limitMillis = (args.length > 3 ? Long.parseLong(args[3]) : 300) * 1000;
        String run = Long.toString(System.currentTimeMillis(), 36);

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"), new StringDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "5"), new StringSerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("innovation.ideas.v1", "innovation.evaluations.v1", "innovation.roadmap.v1")) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fix the start before producing

            Set<String> pending = new HashSet<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                pending.add(id);
                producer.send(command(id, idea(i, "bench-" + run + "-" + (i % teams))));
            }
            producer.flush();
            long produced = System.nanoTime();

            Map<String, Integer> outcomes = new HashMap<>();
            // when idea-service had stored every idea and the gate had decided every one, against when the last final
            // event came: how the time splits over the stages
            Set<String> unsubmitted = new HashSet<>(pending);
            Set<String> undecided = new HashSet<>(pending);
            long allSubmitted = 0;
            long allDecided = 0;
            long deadline = start + limitMillis * 1_000_000;
            long finished = 0;
            // after the last final event, a little longer for the stages' events this consumer has not fetched yet
            while (System.nanoTime() < deadline && (!pending.isEmpty()
                    || (!unsubmitted.isEmpty() || !undecided.isEmpty()) && System.nanoTime() < finished + 3_000_000_000L)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String type = header(record, "ce_type");
                    if ("innovation.idea.submitted.v1".equals(type) && unsubmitted.remove(record.key()) && unsubmitted.isEmpty()) {
                        allSubmitted = System.nanoTime();
                    }
                    if ("innovation.idea.decided.v1".equals(type) && undecided.remove(record.key()) && undecided.isEmpty()) {
                        allDecided = System.nanoTime();
                    }
                    if (!pending.contains(record.key())) {
                        continue;
                    }
                    String outcome = null;
                    if ("innovation.idea.decided.v1".equals(type)) {
                        Matcher m = OUTCOME.matcher(new String(record.value(), StandardCharsets.UTF_8));
                        outcome = m.find() && !"APPROVED".equals(m.group(1)) ? m.group(1) : null;
                    } else if ("innovation.roadmap.item-scheduled.v1".equals(type)) {
                        outcome = "SCHEDULED";
                    } else if ("innovation.roadmap.item-backlogged.v1".equals(type)) {
                        outcome = "BACKLOGGED";
                    }
                    if (outcome != null && pending.remove(record.key())) {
                        outcomes.merge(outcome, 1, Integer::sum);
                        if (pending.isEmpty()) {
                            finished = System.nanoTime();
                        }
                    }
                }
            }
            double seconds = ((pending.isEmpty() ? finished : System.nanoTime()) - start) / 1e9;
            int done = count - pending.size();
            System.out.printf("produced %d commands in %.2f s; %d of %d reached their final event in %.2f s: %.0f ideas/s %s%n",
                    count, (produced - start) / 1e9, done, count, seconds, done / seconds, outcomes);
            if (allSubmitted > 0 && allDecided > 0) {
                System.out.printf("all submitted (idea-service) after %.2f s; all decided (evaluation-service) after %.2f s;"
                        + " all final (roadmap-service) after %.2f s%n", (allSubmitted - start) / 1e9, (allDecided - start) / 1e9, seconds);
            }
            if (!pending.isEmpty()) {
                System.out.println("INCOMPLETE: " + pending.size() + " ideas had no final event within the time limit");
                System.exit(1);
            }
        }
    }

    /** Alternately an idea the gate approves and one it rejects. */
    static String idea(int i, String team) {
        return i % 2 == 0
                ? "{\"title\":\"Bench idea " + i + "\",\"problem\":\"Measure the pipeline\",\"submitter\":\"bench\",\"team\":\"" + team
                  + "\",\"themes\":[\"customer-experience\"],\"reach\":5000,\"impact\":2,\"confidence\":80,\"effortWeeks\":1,"
                  + "\"timeCriticality\":8,\"riskReduction\":5}"
                : "{\"title\":\"Bench idea " + i + "\",\"problem\":\"Measure the pipeline\",\"submitter\":\"bench\",\"team\":\"" + team
                  + "\",\"themes\":[\"fun\"],\"reach\":50,\"impact\":0.25,\"confidence\":20,\"effortWeeks\":40}";
    }

    static ProducerRecord<String, byte[]> command(String id, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/bench",
                        "ce_type", "innovation.idea.submit.v1", "ce_subject", id, "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>("innovation.idea-commands.v1", null, id, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
