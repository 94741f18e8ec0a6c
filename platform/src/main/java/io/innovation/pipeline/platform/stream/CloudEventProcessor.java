package io.innovation.pipeline.platform.stream;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.contracts.events.CommandRejected;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every processor that consumes a topic of the catalogue. It reads the CloudEvent (binary mode) and
 * hands it to {@link #handle}; a record that is not a CloudEvent, or whose handling fails for a reason that is
 * not Kafka's, goes to {@code <topic>.dlq} with the error in headers. The stream never stops on one bad record.
 *
 * <p>What {@code handle} emits is held back until it returns, so a failure half-way publishes nothing but the
 * dead letter. Subclasses therefore compute and emit first and write their stores last. Event ids derive from
 * the input record's position, so a replay of the input publishes the same events with the same ids.
 *
 * <p>Each record is handled in a span that continues the trace of its headers ({@link RecordTracing}); what it
 * emits carries the trace on. One INFO line per record (logger {@code ...platform.stream.CloudEventProcessor})
 * says where it was read, what it was and what it led to, with the trace id; a dead letter is a WARN line.
 */
public abstract class CloudEventProcessor implements Processor<String, byte[], String, Outbound> {
    public static final String ERROR_CLASS_HEADER = "dlq.error.class";
    public static final String ERROR_MESSAGE_HEADER = "dlq.error.message";
    public static final String SOURCE_TOPIC_HEADER = "dlq.source.topic";
    public static final String SOURCE_PARTITION_HEADER = "dlq.source.partition";
    public static final String SOURCE_OFFSET_HEADER = "dlq.source.offset";
    /**
     * The CloudEvent extension naming the command an event was caused by (the command's id, carried on through a
     * service's internal topics), so the service's HTTP API can tell which event decides the command it sent.
     */
    public static final String CAUSE_EXTENSION = "causeid";

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventProcessor.class);

    private final Topic input;
    private final CloudEventCodec codec;
    protected final PipelineMetrics metrics;
    private final List<Record<String, Outbound>> pending = new ArrayList<>();
    private ProcessorContext<String, Outbound> context;
    private String causingCommand;

    protected CloudEventProcessor(Topic input, CloudEventCodec codec, PipelineMetrics metrics) {
        this.input = input;
        this.codec = codec;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        this.context = context;
    }

    @Override
    public final void process(Record<String, byte[]> record) {
        try (RecordTracing.Handling span = metrics.tracing().start("process " + input.topicName(), record.headers())) {
            process(record, span);
        }
    }

    private void process(Record<String, byte[]> record, RecordTracing.Handling span) {
        CloudEvent event;
        try {
            event = CloudEventCodec.fromKafka(record.headers(), record.value());
        } catch (RuntimeException e) {
            span.error(e);
            deadLetter(record, e, span);
            LOG.warn("{}: not a CloudEvent, sent to {}: {}", position(), input.deadLetterTopicName(), e.toString());
            return;
        }
        pending.clear();
        Object causeExtension = event.getExtension(CAUSE_EXTENSION);
        causingCommand = causeExtension != null ? causeExtension.toString() : event.getId();
        try {
            handle(record, event);
        } catch (KafkaException e) {
            pending.clear();
            span.error(e);
            throw e; // infrastructure trouble: let Kafka Streams retry or fail over, never skip the record
        } catch (RuntimeException e) {
            pending.clear();
            span.error(e);
            deadLetter(record, e, span);
            LOG.warn("{} {} of {}: handling failed, sent to {}: {}", position(), event.getType(), event.getSubject(),
                    input.deadLetterTopicName(), e.toString());
            return;
        }
        pending.forEach(out -> span.inject(out.headers()));
        LOG.info("{} {} of {} -> {}", position(), event.getType(), event.getSubject(), describe(pending));
        pending.forEach(context::forward);
        pending.clear();
    }

    /**
     * Runs {@code work} outside {@link #process} (in a punctuation): what it emits is published when it returns, in the
     * task's transaction, and nothing of it if it fails.
     */
    protected void outsideRecord(Runnable work) {
        pending.clear();
        causingCommand = null;
        try {
            work.run();
            pending.forEach(context::forward);
        } finally {
            pending.clear();
        }
    }

    /** Handles one CloudEvent read from the input topic. Throw to dead-letter the record. */
    protected abstract void handle(Record<String, byte[]> record, CloudEvent event);

    protected Topic input() {
        return input;
    }

    /** Publishes {@code payload} as a CloudEvent to {@code topic}, caused by {@code cause}, in this task's transaction. */
    protected void emit(Topic topic, String key, String subject, Object payload, Record<?, ?> cause) {
        emit(topic.topicName(), key, subject, EventTypes.typeOf(payload.getClass()), payload, cause);
    }

    /**
     * Publishes {@code payload} as a CloudEvent of {@code type} to {@code destination}: for records on a service's
     * internal topics (Kafka Streams repartitions), whose types are not public.
     */
    protected void emit(String destination, String key, String subject, String type, Object payload, Record<?, ?> cause) {
        CloudEvent event = codec.event(eventId(type, key, payload, cause), type, subject, payload, timeOf(cause));
        if (causingCommand != null) {
            event = CloudEventBuilder.v1(event).withExtension(CAUSE_EXTENSION, causingCommand).build();
        }
        CloudEventCodec.KafkaPayload kafka = CloudEventCodec.toKafka(event);
        pending.add(new Record<>(key, new Outbound(destination, kafka.value()), cause.timestamp(), kafka.headers()));
    }

    /**
     * A well-formed command refused: a {@code CommandRejected} with the reasons on {@code innovation.command-rejections.v1},
     * keyed by the command id, in this task's transaction.
     *
     * @param commandTopic the topic the command was sent to
     * @param actor        who sent it, or null when it names nobody
     */
    protected void reject(Record<?, ?> record, CloudEvent command, Topic commandTopic, String subject, List<Violation> violations,
                          String actor) {
        CommandRejected rejected = new CommandRejected(command.getId(), command.getType(), commandTopic.topicName(), subject,
                violations, timeOf(record), actor);
        emit(Topic.COMMAND_REJECTIONS, command.getId(), subject, rejected, record);
        metrics.rejected(command.getType());
    }

    /** The person a command names in its {@value CommandSender#ACTOR_EXTENSION} extension, or null. */
    protected static String namedActor(CloudEvent command) {
        Object actor = command.getExtension(CommandSender.ACTOR_EXTENSION);
        return actor == null || actor.toString().isBlank() ? null : actor.toString();
    }

    /** Passes the input record on unchanged (headers included) to {@code destination} under a new key. */
    protected void forward(String destination, String key, Record<String, byte[]> record) {
        pending.add(new Record<>(key, new Outbound(destination, record.value()), record.timestamp(), record.headers()));
    }

    /** Event time: the input record's timestamp (for commands, stamped by the broker on arrival). */
    protected static Instant timeOf(Record<?, ?> record) {
        return Instant.ofEpochMilli(record.timestamp());
    }

    /**
     * The same input position and output always give the same id, so consumers can de-duplicate replays. Outside a
     * record (a punctuation, whose metadata has no offset) an event is named by its key, time and content instead:
     * the same punctuation replayed gives the same ids, and two punctuations never share one.
     */
    private String eventId(String type, String key, Object payload, Record<?, ?> cause) {
        String position = context.recordMetadata()
                .filter(m -> m.topic() != null && m.offset() >= 0)
                .map(m -> m.topic() + "/" + m.partition() + "/" + m.offset())
                .orElseGet(() -> "punctuation/" + key + "/" + cause.timestamp() + "/"
                        + UUID.nameUUIDFromBytes(CloudEventCodec.json().writeValueAsBytes(payload)));
        return UUID.nameUUIDFromBytes((position + "/" + pending.size() + "/" + type).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void deadLetter(Record<String, byte[]> record, Exception error, RecordTracing.Handling span) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        span.inject(headers);
        add(headers, ERROR_CLASS_HEADER, error.getClass().getName());
        add(headers, ERROR_MESSAGE_HEADER, String.valueOf(error.getMessage()));
        // the topic the record was read from: the input topic, or an internal repartition topic fed by it
        add(headers, SOURCE_TOPIC_HEADER, context.recordMetadata().map(RecordMetadata::topic).orElse(input.topicName()));
        context.recordMetadata().map(RecordMetadata::partition)
                .ifPresent(partition -> add(headers, SOURCE_PARTITION_HEADER, partition.toString()));
        context.recordMetadata().map(RecordMetadata::offset)
                .ifPresent(offset -> add(headers, SOURCE_OFFSET_HEADER, offset.toString()));
        Topic source = deadLetterSource();
        context.forward(new Record<>(record.key(), new Outbound(source.deadLetterTopicName(), record.value()), record.timestamp(), headers));
        metrics.deadLettered(source.topicName());
    }

    /** The consumed catalogue topic the record came from, or (for an internal topic fed by it) the input topic. */
    private Topic deadLetterSource() {
        return context.recordMetadata()
                .flatMap(metadata -> Topic.consumed().stream().filter(topic -> topic.topicName().equals(metadata.topic())).findFirst())
                .orElse(input);
    }

    /** Where the record being handled was read: topic[partition]@offset (the input or a repartition topic). */
    private String position() {
        return context.recordMetadata().map(m -> m.topic() + "[" + m.partition() + "]@" + m.offset()).orElse(input.topicName());
    }

    /** What handling one record emitted, for its log line: "nothing", or the count of each event type per topic. */
    private static String describe(List<Record<String, Outbound>> emitted) {
        if (emitted.isEmpty()) {
            return "nothing emitted";
        }
        Map<String, Long> counts = emitted.stream().collect(Collectors.groupingBy(
                out -> typeOf(out) + " to " + out.value().topic(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " x " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String typeOf(Record<String, Outbound> out) {
        Header type = out.headers().lastHeader("ce_type");
        return type == null ? "record" : new String(type.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
