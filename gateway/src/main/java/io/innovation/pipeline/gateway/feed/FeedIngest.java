package io.innovation.pipeline.gateway.feed;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.gateway.feed.FeedMapping.Forward;
import io.innovation.pipeline.gateway.feed.FeedMapping.Result;
import io.innovation.pipeline.gateway.feed.FeedMapping.Skip;
import io.innovation.pipeline.gateway.feed.FeedMapping.SkipReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Kafka side of the live feed: one reactive function per {@link FeedSource}, reading CloudEvents (binary mode)
 * and publishing what they mean to the {@link LiveFeed}.
 *
 * <p>A reactive function is invoked once, and an error that escapes it ends its stream for good; so every record
 * is handled on its own, and one that is not a CloudEvent, has a type outside the public namespace or cannot be
 * read is logged, counted ({@code innovation.gateway.feed.skipped{topic,reason}}) and skipped. The gateway
 * writes no dead letters: it is one reader among several of these topics, and their back-end consumers already
 * move records they cannot read to {@code <topic>.dlq}.
 */
public final class FeedIngest {

    private static final Logger log = LoggerFactory.getLogger(FeedIngest.class);

    private final FeedMapping mapping;
    private final LiveFeed feed;
    private final Map<FeedSource, Counter> forwarded = new EnumMap<>(FeedSource.class);
    private final Map<FeedSource, Map<SkipReason, Counter>> skipped = new EnumMap<>(FeedSource.class);

    public FeedIngest(FeedMapping mapping, LiveFeed feed, MeterRegistry meters) {
        this.mapping = mapping;
        this.feed = feed;
        // registered up front so every topic and reason shows in Prometheus at 0
        for (FeedSource source : FeedSource.values()) {
            forwarded.put(source, Counter.builder("innovation.gateway.feed.events")
                    .description("Events read from a topic and passed on to the live feed")
                    .tag("topic", source.topic().topicName())
                    .register(meters));
            Map<SkipReason, Counter> reasons = new EnumMap<>(SkipReason.class);
            for (SkipReason reason : SkipReason.values()) {
                reasons.put(reason, Counter.builder("innovation.gateway.feed.skipped")
                        .description("Records the live feed skipped: not a CloudEvent, a type outside the public namespace, or unreadable data")
                        .tag("topic", source.topic().topicName())
                        .tag("reason", reason.tag())
                        .register(meters));
            }
            skipped.put(source, reasons);
        }
    }

    /**
     * The function bound to {@code source}'s topic. The payload is taken as {@code Object}: the binder hands a
     * record without a value over as {@code KafkaNull} whatever the declared type says.
     */
    public Function<Flux<Message<byte[]>>, Mono<Void>> consumer(FeedSource source) {
        return messages -> messages
                .doOnNext(message -> accept(source, message.getHeaders(), ((Message<?>) message).getPayload()))
                .then();
    }

    /** Handles one record; never throws. */
    void accept(FeedSource source, Map<String, Object> headers, Object payload) {
        try {
            // a record without a value (KafkaNull) may still be a CloudEvent without data
            byte[] value = payload instanceof byte[] bytes ? bytes : null;
            CloudEvent event;
            try {
                event = CloudEventCodec.fromKafka(kafkaHeaders(headers), value);
            } catch (RuntimeException notACloudEvent) {
                skip(source, headers, SkipReason.NOT_A_CLOUD_EVENT, String.valueOf(notACloudEvent.getMessage()));
                return;
            }
            Result result = mapping.map(event);
            if (result instanceof Forward forward) {
                feed.publish(forward.event());
                forwarded.get(source).increment();
            } else if (result instanceof Skip skip) {
                skip(source, headers, skip.reason(), skip.detail());
            }
        } catch (RuntimeException unexpected) {
            skip(source, headers, SkipReason.UNREADABLE_DATA, unexpected.toString());
        }
    }

    private void skip(FeedSource source, Map<String, Object> headers, SkipReason reason, String detail) {
        skipped.get(source).get(reason).increment();
        log.warn("Live feed skipped a record of {} at partition {} offset {} ({}): {}", source.topic().topicName(),
                headers.get(KafkaHeaders.RECEIVED_PARTITION), headers.get(KafkaHeaders.OFFSET), reason.tag(), detail);
    }

    /**
     * The record's CloudEvents headers ({@code ce_*} and {@code content-type}) as Kafka headers again, as the
     * CloudEvents reader expects them. The binder hands raw header values over as bytes; strings are accepted too.
     */
    static Headers kafkaHeaders(Map<String, Object> messageHeaders) {
        Headers headers = new RecordHeaders();
        messageHeaders.forEach((name, value) -> {
            if (name.startsWith("ce_") || name.equalsIgnoreCase("content-type")) {
                if (value instanceof byte[] bytes) {
                    headers.add(name, bytes);
                } else if (value instanceof String text) {
                    headers.add(name, text.getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        return headers;
    }
}
