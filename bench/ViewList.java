import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The pipeline view under load: COUNT ideas' events (submitted; most assessed and decided; approved ones
 * scheduled) written as binary-mode CloudEvents straight to the three event topics, then, once the gateway's
 * view holds them all, GET /api/ideas pages of 50 (a filter and a sort) sent at a fixed RATE for SECONDS,
 * open loop: each request's latency counts from the moment it was due, so a stall is not hidden.
 * Run it against a broker where only the gateway reads the event topics (deploy/local/run.sh --kafka-only),
 * or the back-ends would process these events too.
 *
 * Usage: java -cp '.data/kafka/lib/*' bench/ViewList.java [bootstrap] [gateway] [count] [rate] [seconds]
 */
public class ViewList {
    /** The gateway needs a signed-in user: GATEWAY_USER / GATEWAY_PASSWORD, the demo user alice by default. */
    static final String AUTHORIZATION = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (System.getenv().getOrDefault("GATEWAY_USER", "alice") + ":" + System.getenv().getOrDefault("GATEWAY_PASSWORD", "demo"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    static final List<String> TEAMS = List.of("payments", "identity", "web", "mobile", "data", "platform", "search", "growth");
    static final List<String> THEMES = List.of("customer-experience", "cost", "risk", "growth");

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String gateway = args.length > 1 ? args[1] : "http://127.0.0.1:8080";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        long before = viewSize(http, gateway);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of("innovation.ideas.v1", "innovation.evaluations.v1", "innovation.roadmap.v1")) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, 3, (short) 1));
                }
            }
            admin.createTopics(missing).all().get();
        }
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 131072),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                String team = TEAMS.get(i % TEAMS.size());
                String theme = THEMES.get(i % THEMES.size());
                Instant t = Instant.now();
                send(producer, "innovation.ideas.v1", id, "innovation.idea.submitted.v1", t, """
                        {"ideaId":"%s","version":1,"channel":"bench","commandId":"c-%s","submittedAt":"%s","idea":{
                        "title":"Benchmark idea %d","problem":"p","proposal":"q","submitter":"user%d","team":"%s",
                        "themes":["%s"],"tags":["bench","t%d"],"reach":1000,"impact":1,"confidence":80,"effortWeeks":%d,
                        "costEstimate":{"amount":%d,"currency":"EUR"},"timeCriticality":3,"riskReduction":2,"dependsOn":[]}}"""
                        .formatted(id, id, t, i, i % 500, team, theme, i % 50, 1 + i % 12, 1000 * (1 + i % 90)));
                if (i % 10 < 8) {
                    double priority = (i * 37 % 1000) / 10.0;
                    send(producer, "innovation.evaluations.v1", id, "innovation.idea.assessed.v1", t, """
                            {"ideaId":"%s","ideaVersion":1,"team":"%s","priority":%s,"priorityTerms":[],"assessedAt":"%s"}"""
                            .formatted(id, team, priority, t));
                    String outcome = priority >= 60 ? "APPROVED" : priority < 30 ? "REJECTED" : "NEEDS_REVIEW";
                    send(producer, "innovation.evaluations.v1", id, "innovation.idea.decided.v1", t, """
                            {"ideaId":"%s","ideaVersion":1,"title":"Benchmark idea %d","team":"%s","outcome":"%s","reason":"r",
                            "decidedBy":"gate-policy","priority":%s,"effortWeeks":%d,"dependsOn":[],"decidedAt":"%s"}"""
                            .formatted(id, i, team, outcome, priority, 1 + i % 12, t));
                    if (outcome.equals("APPROVED")) {
                        String period = "2027-Q" + (1 + i % 4);
                        send(producer, "innovation.roadmap.v1", id, "innovation.roadmap.item-scheduled.v1", t, """
                                {"ideaId":"%s","team":"%s","title":"Benchmark idea %d","startPeriod":"%s","endPeriod":"%s",
                                "allocations":[{"period":"%s","weeks":%d}],"effortWeeks":%d,"priority":%s,"rank":1,
                                "reason":"r","scheduledAt":"%s"}"""
                                .formatted(id, team, i, period, period, period, 1 + i % 12, 1 + i % 12, priority, t));
                    }
                }
            }
        }
        long target = before + count;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long size;
        while ((size = viewSize(http, gateway)) < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the view holds " + size + " ideas after 10 minutes, expected " + target);
            }
            Thread.sleep(500);
        }
        System.out.printf("view: %d ideas, %d written and folded in %.1f s%n", size, count, (System.nanoTime() - start) / 1e9);

        String page = gateway + "/api/ideas?status=SCHEDULED&team=identity&sort=priority&order=desc&size=50";
        measure(http, page, rate, 10, false); // warm-up
        List<Long> latencies = measure(http, page, rate, seconds, true);
        Collections.sort(latencies);
        System.out.printf("GET /api/ideas (page of 50 of %d ideas) at %d req/s for %d s: %d requests, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                size, rate, seconds, latencies.size(), pct(latencies, 0.50), pct(latencies, 0.99), pct(latencies, 0.999),
                latencies.get(latencies.size() - 1) / 1e6);
    }

    static List<Long> measure(HttpClient http, String url, int rate, int seconds, boolean record) throws Exception {
        List<Long> latencies = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        long begin = System.nanoTime();
        for (long n = 0; n < (long) rate * seconds; n++) {
            long due = begin + n * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            pending.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTHORIZATION).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() != 200) {
                            failures.incrementAndGet();
                        } else if (record) {
                            latencies.add(System.nanoTime() - due);
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (failures.get() > 0) {
            System.out.println("failed requests: " + failures.get());
        }
        return new ArrayList<>(latencies);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static long viewSize(HttpClient http, String gateway) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/ideas?size=1")).header("Authorization", AUTHORIZATION)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        int at = body.indexOf("\"total\":");
        if (at < 0) {
            throw new IllegalStateException("not a page: " + body);
        }
        int end = at + 8;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at + 8, end));
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, String id, String type, Instant time, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/bench".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", id.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_time", time.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(topic, null, id, json.replace("\n", "").getBytes(StandardCharsets.UTF_8), headers));
    }
}
