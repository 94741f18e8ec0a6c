package io.innovation.pipeline.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class FeedIngestTest {

    static final String IDEA = "6f1c2a4e-8d7b-4c1e-9a35-2b7f4c9d1e01";

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final LiveFeed feed = new LiveFeed(64, meters);
    final FeedIngest ingest = new FeedIngest(new FeedMapping(new TeamDirectory(10)), feed, meters);

    @Test
    void badRecordsAreCountedAndSkippedAndTheStreamGoesOn() {
        List<FeedEvent> received = new ArrayList<>();
        feed.subscribe(FeedFilter.ALL).subscribe(received::add);
        Message<byte[]> good = cloudEvent(new CloudEventCodec("/roadmap-service")
                .event("good-1", IDEA, FeedSamples.scheduled(IDEA, "identity"), Instant.now()));
        Message<byte[]> notACloudEvent = MessageBuilder.withPayload("garbage".getBytes(StandardCharsets.UTF_8)).build();
        Message<byte[]> foreignType = withType(good, "com.example.thing.happened");
        Message<byte[]> unreadable = MessageBuilder.withPayload("{".getBytes(StandardCharsets.UTF_8))
                .copyHeaders(good.getHeaders()).build();

        StepVerifier.create(ingest.consumer(FeedSource.ROADMAP).apply(Flux.just(notACloudEvent, foreignType, unreadable, good)))
                .verifyComplete();

        assertThat(received).extracting(FeedEvent::id).containsExactly("good-1");
        assertThat(skipped("not-a-cloudevent")).isEqualTo(1);
        assertThat(skipped("unknown-type")).isEqualTo(1);
        assertThat(skipped("unreadable-data")).isEqualTo(1);
        assertThat(meters.get("innovation.gateway.feed.events").tag("topic", "innovation.roadmap.v1").counter().count()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordWithoutAValueIsSkippedWithoutEndingTheStream() {
        List<FeedEvent> received = new ArrayList<>();
        feed.subscribe(FeedFilter.ALL).subscribe(received::add);
        // the binder hands a tombstone over as KafkaNull, whatever the function's declared payload type
        Message<byte[]> tombstone = (Message<byte[]>) (Message<?>) MessageBuilder.withPayload(KafkaNull.INSTANCE).build();
        Message<byte[]> good = cloudEvent(new CloudEventCodec("/idea-service")
                .event("good-2", IDEA, FeedSamples.submitted(IDEA, "identity"), Instant.now()));

        StepVerifier.create(ingest.consumer(FeedSource.IDEAS).apply(Flux.just(tombstone, good))).verifyComplete();

        assertThat(received).extracting(FeedEvent::id).containsExactly("good-2");
        assertThat(meters.get("innovation.gateway.feed.skipped").tag("topic", "innovation.ideas.v1")
                .tag("reason", "not-a-cloudevent").counter().count()).isEqualTo(1);
    }

    @Test
    void headerValuesMayArriveAsBytesOrAsStrings() {
        Message<byte[]> asBytes = cloudEvent(new CloudEventCodec("/idea-service")
                .event("e-1", IDEA, FeedSamples.submitted(IDEA, "identity"), Instant.now()));
        Map<String, Object> asStrings = new HashMap<>();
        asBytes.getHeaders().forEach((name, value) ->
                asStrings.put(name, value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value));
        List<FeedEvent> received = new ArrayList<>();
        feed.subscribe(FeedFilter.ALL).subscribe(received::add);

        ingest.accept(FeedSource.IDEAS, asStrings, asBytes.getPayload());

        assertThat(received).extracting(FeedEvent::name).containsExactly("idea.submitted");
    }

    private double skipped(String reason) {
        return meters.get("innovation.gateway.feed.skipped").tag("topic", "innovation.roadmap.v1").tag("reason", reason)
                .counter().count();
    }

    /** A message as the Kafka binder delivers a binary-mode CloudEvent: header values as bytes. */
    static Message<byte[]> cloudEvent(io.cloudevents.CloudEvent event) {
        CloudEventCodec.KafkaPayload kafka = CloudEventCodec.toKafka(event);
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(kafka.value());
        for (Header header : kafka.headers()) {
            message.setHeader(header.key(), header.value());
        }
        return message.build();
    }

    static Message<byte[]> withType(Message<byte[]> message, String type) {
        return MessageBuilder.fromMessage(message).setHeader("ce_type", type.getBytes(StandardCharsets.UTF_8)).build();
    }
}
