package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.gateway.feed.FeedSamples;
import io.innovation.pipeline.gateway.feed.FeedSource;
import io.innovation.pipeline.gateway.feed.LiveFeed;
import io.innovation.pipeline.gateway.view.ViewSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import java.io.StringReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live feed end to end: real CloudEvents, written in Kafka transactions as the back-ends write them, read by
 * the gateway's Kafka binder from an embedded KRaft broker and streamed to HTTP clients as Server-Sent Events.
 * One Spring context and one broker for all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "innovation.gateway.feed.heartbeat=1s",
        "innovation.gateway.feed.subscriber-buffer=64"})
@EmbeddedKafka(brokerProperties = "group.initial.rebalance.delay.ms=0")
@Import(LiveFeedIntegrationTest.FeedTopics.class)
@DirtiesContext
class LiveFeedIntegrationTest {

    static final int PARTITIONS = 3;
    static final JsonMapper json = JsonMapper.builder().build();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final CloudEventCodec ideaService = new CloudEventCodec("/idea-service");
    static final CloudEventCodec evaluationService = new CloudEventCodec("/evaluation-service");
    static final CloudEventCodec roadmapService = new CloudEventCodec("/roadmap-service");

    @TestConfiguration(proxyBeanMethods = false)
    static class FeedTopics {
        /** The event topics, created from the catalogue as the back-ends create them, before the bindings start. */
        @Bean
        KafkaAdmin.NewTopics feedTopics() {
            return new KafkaAdmin.NewTopics(Stream.of(FeedSource.values())
                    .map(source -> TopicBuilder.name(source.topic().topicName()).partitions(PARTITIONS).replicas(1)
                            .configs(source.topic().configs()).build())
                    .toArray(NewTopic[]::new));
        }

        /**
         * A fixed, small socket send buffer per connection. On loopback Linux sizes it from the 64 KiB segment
         * size (over a megabyte): a client that stops reading would need that much to back up. This keeps the
         * flood in the stalled-subscriber test small.
         */
        @Bean
        NettyServerCustomizer smallSendBuffers() {
            return server -> server.childOption(ChannelOption.SO_SNDBUF, 16 * 1024);
        }
    }

    static KafkaProducer<String, byte[]> producer;
    static boolean consumersAssigned;

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    LiveFeed feed;
    @Autowired
    MeterRegistry meters;

    final List<Disposable> opened = new ArrayList<>();

    @BeforeEach
    void waitUntilTheFeedsConsumersHaveTheirPartitions() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "live-feed-test-" + UUID.randomUUID(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
            producer.initTransactions();
        }
        if (consumersAssigned) {
            return;
        }
        // The feed's groups start at the latest offset once they have their partitions: until then events pass
        // unseen. Probe each topic until a probe comes through.
        String probe = "probe-" + UUID.randomUUID();
        Sse probes = subscribe("?ideaId=" + probe);
        Map<FeedSource, Object> payloads = Map.of(
                FeedSource.IDEAS, FeedSamples.submitted(probe, "probes"),
                FeedSource.EVALUATIONS, FeedSamples.assessed(probe, "probes"),
                FeedSource.ROADMAP, FeedSamples.scheduled(probe, "probes"));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            Set<String> seen = probes.events().stream().map(ServerSentEvent::event).collect(Collectors.toSet());
            List<FeedSource> missing = Stream.of(FeedSource.values())
                    .filter(source -> !seen.contains(nameOf(source))).toList();
            if (!missing.isEmpty()) {
                commit(records -> missing.forEach(source -> records.accept(
                        record(source.topic(), probe, codecOf(source).event(probe, payloads.get(source), Instant.now())))));
            }
            return missing.isEmpty();
        });
        consumersAssigned = true;
        closeStreams();
    }

    @AfterEach
    void closeStreams() {
        opened.forEach(Disposable::dispose);
        opened.clear();
        await().atMost(PATIENCE).until(() -> feed.subscribers() == 0);
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    @Test
    void theCloudEventsOfTheThreeTopicsArriveAsSmallTypedEvents() {
        String idea = UUID.randomUUID().toString();
        Sse stream = subscribe("");
        awaitSubscribers(1);

        List<CloudEvent> published = List.of(
                ideaService.event(idea, FeedSamples.submitted(idea, "identity"), Instant.now()),
                evaluationService.event(idea, FeedSamples.assessed(idea, "identity"), Instant.now()),
                evaluationService.event(idea, FeedSamples.decided(idea, "identity", DecisionOutcome.APPROVED), Instant.now()),
                roadmapService.event(idea, FeedSamples.scheduled(idea, "identity"), Instant.now()),
                roadmapService.event(idea, FeedSamples.rescheduled(idea, "identity"), Instant.now()),
                roadmapService.event(idea, FeedSamples.backlogged(idea, "identity"), Instant.now()));
        commit(records -> published.forEach(event -> records.accept(record(topicOf(event), idea, event))));

        await().atMost(PATIENCE).until(() -> stream.about(idea).size() == published.size());
        Map<String, ServerSentEvent<String>> byId = stream.about(idea).stream()
                .collect(Collectors.toMap(ServerSentEvent::id, event -> event));
        assertThat(byId).containsOnlyKeys(published.stream().map(CloudEvent::getId).toList());
        assertThat(stream.about(idea)).extracting(ServerSentEvent::event).containsExactlyInAnyOrder(
                "idea.submitted", "idea.assessed", "idea.decided",
                "roadmap.item-scheduled", "roadmap.item-rescheduled", "roadmap.item-backlogged");
        // within one topic (and key) the order is the order of publication
        assertThat(stream.about(idea)).extracting(ServerSentEvent::event)
                .containsSubsequence("idea.assessed", "idea.decided")
                .containsSubsequence("roadmap.item-scheduled", "roadmap.item-rescheduled", "roadmap.item-backlogged");

        JsonNode decided = data(byId.get(published.get(2).getId()));
        assertThat(decided.path("ideaId").stringValue()).isEqualTo(idea);
        assertThat(decided.path("team").stringValue()).isEqualTo("identity");
        assertThat(decided.path("status").stringValue()).isEqualTo("APPROVED");
        assertThat(decided.path("summary").stringValue()).isEqualTo("Approved at priority 79.38");
        assertThat(decided.path("changes").path("outcome").stringValue()).isEqualTo("APPROVED");
        assertThat(decided.path("actor").stringValue()).isEqualTo("gate-policy");
        assertThat(Instant.parse(decided.path("time").stringValue())).isEqualTo(published.get(2).getTime().toInstant());
        assertThat(data(byId.get(published.get(0).getId())).path("status").stringValue()).isEqualTo("SUBMITTED");
        assertThat(data(byId.get(published.get(1).getId())).path("status").stringValue()).isEqualTo("IN_EVALUATION");
        assertThat(data(byId.get(published.get(3).getId())).path("status").stringValue()).isEqualTo("SCHEDULED");
        assertThat(data(byId.get(published.get(4).getId())).path("summary").stringValue()).isEqualTo("Moved from 2026-Q3 to 2026-Q4");
        assertThat(data(byId.get(published.get(5).getId())).path("status").stringValue()).isEqualTo("BACKLOGGED");
    }

    @Test
    void theFirstThingOnTheWireIsACommentAndHeartbeatsAndEventsFollow() {
        String idea = UUID.randomUUID().toString();
        List<String> chunks = new CopyOnWriteArrayList<>();
        opened.add(client().get().uri("/api/events?ideaId=" + idea).accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve().bodyToFlux(DataBuffer.class)
                .map(buffer -> {
                    String text = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return text;
                })
                .subscribe(chunks::add));

        await().atMost(PATIENCE).until(() -> !chunks.isEmpty());
        assertThat(chunks.get(0)).startsWith(":connected\n");
        await().atMost(PATIENCE).until(() -> String.join("", chunks).contains(":heartbeat\n"));

        awaitSubscribers(1);
        commit(records -> records.accept(record(Topic.IDEAS, idea,
                ideaService.event("on-the-wire", idea, FeedSamples.submitted(idea, "web"), Instant.now()))));
        await().atMost(PATIENCE).until(() -> String.join("", chunks).contains("on-the-wire"));
        assertThat(String.join("", chunks)).containsPattern(
                "\nid:on-the-wire\nevent:idea.submitted\ndata:\\{\"ideaId\":\"" + idea + "\",\"team\":\"web\",\"status\":\"SUBMITTED\",[^\n]*}\n\n");
    }

    @Test
    void filtersByIdeaAndByTeam() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        Sse everything = subscribe("");
        Sse ideaA = subscribe("?ideaId=" + a);
        Sse teamWeb = subscribe("?team=web");
        Sse ideaBOfTeamWeb = subscribe("?ideaId=" + b + "&team=web");
        awaitSubscribers(4);

        // a is of team identity, b and c of team web; c's assessment names no team: the gateway learned it from c's submission
        commit(records -> {
            records.accept(record(Topic.IDEAS, a, ideaService.event(a, FeedSamples.submitted(a, "identity"), Instant.now())));
            records.accept(record(Topic.IDEAS, b, ideaService.event(b, FeedSamples.submitted(b, "web"), Instant.now())));
            records.accept(record(Topic.IDEAS, c, ideaService.event(c, FeedSamples.submitted(c, "web"), Instant.now())));
            records.accept(record(Topic.ROADMAP, a, roadmapService.event(a, FeedSamples.scheduled(a, "identity"), Instant.now())));
            records.accept(record(Topic.ROADMAP, b, roadmapService.event(b, FeedSamples.backlogged(b, "web"), Instant.now())));
        });
        await().atMost(PATIENCE).until(() -> everything.events().size() == 5);
        commit(records -> records.accept(record(Topic.EVALUATIONS, c, evaluationService.event(c,
                new IdeaAssessed(c, 1, null, null, null, null, 50.0, List.of(), Instant.now()),
                Instant.now()))));
        await().atMost(PATIENCE).until(() -> everything.events().size() == 6);
        // Each subscriber gets its events in the order the feed published them: a last event that passes a
        // subscriber's filter, published after all the others, shows that nothing else was coming for it.
        commit(records -> {
            records.accept(record(Topic.ROADMAP, a, roadmapService.event("last-a", a, FeedSamples.rescheduled(a, "identity"), Instant.now())));
            records.accept(record(Topic.ROADMAP, b, roadmapService.event("last-b", b, FeedSamples.rescheduled(b, "web"), Instant.now())));
        });
        await().atMost(PATIENCE).until(() -> ideaA.ids().contains("last-a")
                && teamWeb.ids().contains("last-b") && ideaBOfTeamWeb.ids().contains("last-b"));

        // (events of different topics may arrive in either order)
        assertThat(ideaA.events()).allSatisfy(event -> assertThat(data(event).path("ideaId").stringValue()).isEqualTo(a))
                .extracting(ServerSentEvent::event)
                .containsExactlyInAnyOrder("idea.submitted", "roadmap.item-scheduled", "roadmap.item-rescheduled")
                .containsSubsequence("roadmap.item-scheduled", "roadmap.item-rescheduled");
        assertThat(teamWeb.events()).allSatisfy(event -> assertThat(data(event).path("team").stringValue()).isEqualTo("web"))
                .extracting(event -> data(event).path("ideaId").stringValue())
                .containsExactlyInAnyOrder(b, c, b, c, b);
        assertThat(ideaBOfTeamWeb.events()).extracting(ServerSentEvent::event)
                .containsExactlyInAnyOrder("idea.submitted", "roadmap.item-backlogged", "roadmap.item-rescheduled")
                .containsSubsequence("roadmap.item-backlogged", "roadmap.item-rescheduled");
    }

    @Test
    void recordsThatAreNotCloudEventsOrOfUnknownTypesAreCountedAndSkippedAndTheNextEventArrives() {
        String idea = UUID.randomUUID().toString();
        Sse stream = subscribe("?ideaId=" + idea);
        awaitSubscribers(1);
        double notCloudEvents = skipped(Topic.IDEAS, "not-a-cloudevent");
        double unknownTypes = skipped(Topic.IDEAS, "unknown-type");
        double unreadable = skipped(Topic.IDEAS, "unreadable-data");
        CloudEvent foreign = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/elsewhere"))
                .withType("com.example.order.placed").withSubject(idea).build();
        CloudEvent brokenSubmission = CloudEventBuilder.v1(ideaService.event(idea, FeedSamples.submitted(idea, "web"), Instant.now()))
                .withData("application/json", "{\"ideaId\": 42,".getBytes(StandardCharsets.UTF_8)).build();
        CloudEvent good = ideaService.event("after-the-garbage", idea, FeedSamples.submitted(idea, "web"), Instant.now());

        // all on one partition, so the good event is read after the others
        commit(records -> {
            records.accept(new ProducerRecord<>(Topic.IDEAS.topicName(), 0, idea, "not a CloudEvent".getBytes(StandardCharsets.UTF_8)));
            records.accept(new ProducerRecord<>(Topic.IDEAS.topicName(), 0, idea, null)); // a tombstone
            records.accept(record(Topic.IDEAS, 0, idea, foreign));
            records.accept(record(Topic.IDEAS, 0, idea, brokenSubmission));
            records.accept(record(Topic.IDEAS, 0, idea, good));
        });

        await().atMost(PATIENCE).until(() -> stream.ids().contains("after-the-garbage"));
        assertThat(stream.ids()).containsExactly("after-the-garbage");
        assertThat(skipped(Topic.IDEAS, "not-a-cloudevent")).isEqualTo(notCloudEvents + 2);
        assertThat(skipped(Topic.IDEAS, "unknown-type")).isEqualTo(unknownTypes + 1);
        assertThat(skipped(Topic.IDEAS, "unreadable-data")).isEqualTo(unreadable + 1);
    }

    @Test
    void eventsOfAnAbortedTransactionAreNeverSent() {
        String idea = UUID.randomUUID().toString();
        Sse stream = subscribe("?ideaId=" + idea);
        awaitSubscribers(1);

        inTransaction(false, records -> records.accept(record(Topic.EVALUATIONS, 0, idea,
                evaluationService.event("aborted", idea, FeedSamples.decided(idea, "web", DecisionOutcome.REJECTED), Instant.now()))));
        commit(records -> records.accept(record(Topic.EVALUATIONS, 0, idea,
                evaluationService.event("committed", idea, FeedSamples.decided(idea, "web", DecisionOutcome.APPROVED), Instant.now()))));

        await().atMost(PATIENCE).until(() -> stream.ids().contains("committed"));
        assertThat(stream.ids()).containsExactly("committed");
    }

    @Test
    void aSubscriberThatNeverReadsDoesNotHoldUpAnother() throws IOException {
        String flooded = UUID.randomUUID().toString();
        String watched = UUID.randomUUID().toString();
        int flood = 3000;
        double droppedBefore = feed.dropped();
        try (Socket neverReads = new Socket()) {
            neverReads.setReceiveBufferSize(4096);
            neverReads.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream request = neverReads.getOutputStream();
            request.write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic YWxpY2U6ZGVtbw==\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            request.flush();
            Sse reader = subscribe("?ideaId=" + watched);
            awaitSubscribers(2);

            // far more than the stalled client's buffers hold, then the watched idea's events, all on one partition
            // so that the whole flood has gone to the stalled subscriber before the watched events are published
            for (int batch = 0; batch < flood; batch += 500) {
                int from = batch;
                commit(records -> {
                    for (int i = from; i < from + 500; i++) {
                        records.accept(record(Topic.ROADMAP, 0, flooded,
                                roadmapService.event(flooded, FeedSamples.rescheduled(flooded, "flood"), Instant.now())));
                    }
                });
            }
            commit(records -> {
                for (int i = 0; i < 3; i++) {
                    records.accept(record(Topic.ROADMAP, 0, watched,
                            roadmapService.event("watched-" + i, watched, FeedSamples.scheduled(watched, "web"), Instant.now())));
                }
            });

            await().atMost(PATIENCE).until(() -> reader.ids().size() == 3);
            assertThat(reader.ids()).containsExactly("watched-0", "watched-1", "watched-2");
            assertThat(feed.subscribers()).isEqualTo(2); // the stalled client is still subscribed, it just gets nothing
            assertThat(feed.dropped() - droppedBefore).as("events dropped for the stalled subscriber").isPositive();
        }
    }

    @Test
    void theBindingsAreListedWithCatalogueTopicsAsDestinationsAndTheBinderIsHealthy() {
        JsonNode bindings = json.readTree(client().get().uri("/actuator/bindings").retrieve().bodyToMono(String.class)
                .block(PATIENCE));

        List<String> topics = new ArrayList<>();
        List<String> viewTopics = new ArrayList<>();
        for (JsonNode binding : bindings) {
            String destination = binding.path("name").stringValue();
            List<Topic> matched = Arrays.stream(Topic.values())
                    .filter(topic -> Pattern.matches(destination, topic.topicName())).toList();
            if (destination.equals(ViewSource.BINDING)) {
                // the pipeline view's Kafka Streams binding (listed by its name): it reads the three event topics
                // through one pattern
                viewTopics.add(destination);
                continue;
            }
            assertThat(matched).as("catalogue topics matched by destination %s", destination).hasSize(1);
            assertThat(binding.path("input").booleanValue()).isTrue();
            assertThat(binding.path("group").isNull() || binding.path("group").isMissingNode()).as("anonymous group").isTrue();
            topics.add(matched.get(0).topicName());
        }
        assertThat(topics).containsExactlyInAnyOrder(
                Topic.IDEAS.topicName(), Topic.EVALUATIONS.topicName(), Topic.ROADMAP.topicName());
        assertThat(viewTopics).containsExactly(ViewSource.BINDING);
        // listing only: a binding cannot be stopped over HTTP
        client().post().uri("/actuator/bindings/{binding}", FeedSource.IDEAS.binding())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"state\":\"STOPPED\"}")
                .exchangeToMono(response -> {
                    assertThat(response.statusCode().is4xxClientError()).as("status %s", response.statusCode()).isTrue();
                    return response.releaseBody();
                })
                .block(PATIENCE);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(json.readTree(client().get().uri("/actuator/health/kafka")
                .exchangeToMono(response -> response.bodyToMono(String.class)).block(PATIENCE)).path("status").stringValue())
                .isEqualTo("UP"));
    }

    @Test
    void thePipelineViewAnswersListsThePortfolioAsItIsAndAsItWasAndTheirCsv() throws IOException {
        String team = "view-" + UUID.randomUUID();
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        String c = "c-" + UUID.randomUUID();
        commit(records -> {
            for (String idea : List.of(a, b, c)) {
                records.accept(record(Topic.IDEAS, idea, ideaService.event(idea, FeedSamples.submitted(idea, team), Instant.now())));
            }
        });
        // everything after this instant is in later records: the picture as of it has three fresh submissions
        Instant between = Instant.now();
        await().atMost(PATIENCE).until(() -> Instant.now().isAfter(between.plusMillis(5)));
        commit(records -> {
            records.accept(record(Topic.EVALUATIONS, a, evaluationService.event(a, FeedSamples.assessed(a, team), Instant.now())));
            records.accept(record(Topic.EVALUATIONS, a, evaluationService.event(a,
                    FeedSamples.decided(a, team, DecisionOutcome.APPROVED), Instant.now())));
            records.accept(record(Topic.ROADMAP, a, roadmapService.event(a, FeedSamples.scheduled(a, team), Instant.now())));
            records.accept(record(Topic.EVALUATIONS, b, evaluationService.event(b,
                    FeedSamples.decided(b, team, DecisionOutcome.REJECTED), Instant.now())));
        });
        // an aborted transaction never reaches the view
        inTransaction(false, records -> records.accept(record(Topic.EVALUATIONS, c, evaluationService.event(c,
                FeedSamples.decided(c, team, DecisionOutcome.APPROVED), Instant.now()))));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode page = get("/api/ideas?team=" + team);
            assertThat(page.path("total").asLong()).isEqualTo(3);
            assertThat(page.path("items").findValuesAsString("status")).containsExactlyInAnyOrder("SCHEDULED", "REJECTED", "SUBMITTED");
        });

        JsonNode scheduled = get("/api/ideas?team=" + team + "&status=SCHEDULED");
        assertThat(scheduled.path("total").asLong()).isEqualTo(1);
        JsonNode item = scheduled.path("items").get(0);
        assertThat(item.path("id").stringValue()).isEqualTo(a);
        assertThat(item.path("title").stringValue()).isEqualTo("Self-service password reset");
        assertThat(item.path("submitter").stringValue()).isEqualTo("alice");
        assertThat(item.path("startPeriod").stringValue()).isEqualTo("2026-Q4");
        assertThat(item.path("priority").asDouble()).isEqualTo(79.38);
        JsonNode byPriority = get("/api/ideas?team=" + team + "&sort=priority&order=desc&size=2&q=password");
        assertThat(byPriority.path("total").asLong()).isEqualTo(3);
        assertThat(byPriority.path("totalPages").asInt()).isEqualTo(2);
        assertThat(byPriority.path("items").get(0).path("id").stringValue()).isEqualTo(a);
        assertThat(get("/api/ideas?team=" + team + "&q=nowhere-to-be-found").path("total").asLong()).isZero();

        JsonNode portfolio = get("/api/portfolio?team=" + team);
        assertThat(portfolio.path("ideas").asLong()).isEqualTo(3);
        assertThat(portfolio.path("funnel").path("SCHEDULED").asLong()).isEqualTo(1);
        assertThat(portfolio.path("funnel").path("REJECTED").asLong()).isEqualTo(1);
        assertThat(portfolio.path("funnel").path("SUBMITTED").asLong()).isEqualTo(1);
        assertThat(portfolio.path("decisions").path("APPROVED").asLong()).isEqualTo(1);
        assertThat(portfolio.path("approvedByTeam").get(0).path("name").stringValue()).isEqualTo(team);
        assertThat(portfolio.path("approvedByTeam").get(0).path("cost").path("EUR").decimalValue()).isEqualByComparingTo("30000");
        assertThat(portfolio.path("allocatedWeeks")).hasSize(2);

        JsonNode then = get("/api/portfolio?team=" + team + "&asOf=" + between);
        assertThat(then.path("asOf").stringValue()).isEqualTo(between.toString());
        assertThat(then.path("ideas").asLong()).isEqualTo(3);
        assertThat(then.path("funnel").path("SUBMITTED").asLong()).isEqualTo(3);
        assertThat(then.path("decisions").size()).isZero();
        JsonNode now = get("/api/portfolio?team=" + team + "&asOf=" + Instant.now());
        assertThat(now.path("funnel")).isEqualTo(portfolio.path("funnel"));

        String ideasCsv = client().get().uri("/api/ideas.csv?team={team}&sort=priority", team)
                .exchangeToMono(response -> {
                    assertThat(response.headers().contentType()).hasValueSatisfying(type -> assertThat(type.toString())
                            .startsWith("text/csv"));
                    return response.bodyToMono(String.class);
                }).block(PATIENCE);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(ideasCsv)).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get(0)).isEqualTo("id");
        assertThat(rows.get(1).get(0)).isEqualTo(a);
        String portfolioCsv = client().get().uri("/api/portfolio.csv?team={team}&asOf={asOf}", team, between.toString())
                .retrieve().bodyToMono(String.class).block(PATIENCE);
        assertThat(portfolioCsv).contains("funnel,SUBMITTED,,ideas,3\r\n");
    }

    JsonNode get(String path) {
        return json.readTree(client().get().uri(path).retrieve().bodyToMono(String.class).block(PATIENCE));
    }

    // --- helpers

    /** One open SSE connection and what it has received. */
    record Sse(List<ServerSentEvent<String>> received) {
        /** The events, without comments. */
        List<ServerSentEvent<String>> events() {
            return received.stream().filter(event -> event.event() != null).toList();
        }

        List<String> ids() {
            return events().stream().map(ServerSentEvent::id).toList();
        }

        List<ServerSentEvent<String>> about(String ideaId) {
            return events().stream().filter(event -> ideaId.equals(data(event).path("ideaId").stringValue())).toList();
        }
    }

    Sse subscribe(String query) {
        List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        opened.add(client().get().uri("/api/events" + query).accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve().bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                .subscribe(received::add));
        return new Sse(received);
    }

    void awaitSubscribers(int count) {
        await().atMost(PATIENCE).until(() -> feed.subscribers() == count);
    }

    WebClient client() {
        return WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("alice", "demo")).build();
    }

    double skipped(Topic topic, String reason) {
        return meters.get("innovation.gateway.feed.skipped").tag("topic", topic.topicName()).tag("reason", reason).counter().count();
    }

    static JsonNode data(ServerSentEvent<String> event) {
        return json.readTree(event.data());
    }

    static void commit(Consumer<Consumer<ProducerRecord<String, byte[]>>> records) {
        inTransaction(true, records);
    }

    /** Sends the records in one Kafka transaction, committed or aborted, as a back-end's processor would. */
    static void inTransaction(boolean commit, Consumer<Consumer<ProducerRecord<String, byte[]>>> records) {
        producer.beginTransaction();
        records.accept(producer::send);
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.flush();
            producer.abortTransaction();
        }
    }

    static ProducerRecord<String, byte[]> record(Topic topic, String key, CloudEvent event) {
        return record(topic, null, key, event);
    }

    /** A CloudEvent in Kafka binary mode: attributes in ce_* headers, the JSON payload as the value. */
    static ProducerRecord<String, byte[]> record(Topic topic, Integer partition, String key, CloudEvent event) {
        CloudEventCodec.KafkaPayload kafka = CloudEventCodec.toKafka(event);
        return new ProducerRecord<>(topic.topicName(), partition, key, kafka.value(), new RecordHeaders(kafka.headers().toArray()));
    }

    static Topic topicOf(CloudEvent event) {
        return switch (event.getSource().getPath()) {
            case "/idea-service" -> Topic.IDEAS;
            case "/evaluation-service" -> Topic.EVALUATIONS;
            default -> Topic.ROADMAP;
        };
    }

    static CloudEventCodec codecOf(FeedSource source) {
        return switch (source) {
            case IDEAS -> ideaService;
            case EVALUATIONS -> evaluationService;
            case ROADMAP -> roadmapService;
        };
    }

    static String nameOf(FeedSource source) {
        return switch (source) {
            case IDEAS -> "idea.submitted";
            case EVALUATIONS -> "idea.assessed";
            case ROADMAP -> "roadmap.item-scheduled";
        };
    }
}
