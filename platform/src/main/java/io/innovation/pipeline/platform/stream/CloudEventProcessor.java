package io.innovation.pipeline.platform.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Base of every processor that consumes a public topic. It reads the CloudEvent (binary mode) and hands it to
 * {@link #handle}; a record that is not a CloudEvent, or whose handling fails for a reason that is not
 * Kafka's, goes to {@code <topic>.dlq} with the error in headers. The stream never stops on one bad record.
 */
public abstract class CloudEventProcessor implements Processor<String, byte[], String, Outbound> {
    public static final String ERROR_CLASS_HEADER = "dlq.error.class";
    public static final String ERROR_MESSAGE_HEADER = "dlq.error.message";
    public static final String SOURCE_TOPIC_HEADER = "dlq.source.topic";
    public static final String SOURCE_PARTITION_HEADER = "dlq.source.partition";
    public static final String SOURCE_OFFSET_HEADER = "dlq.source.offset";

    private final Topic input;
    protected final PipelineMetrics metrics;
    protected ProcessorContext<String, Outbound> context;

    protected CloudEventProcessor(Topic input, PipelineMetrics metrics) {
        this.input = input;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        this.context = context;
    }

    @Override
    public final void process(Record<String, byte[]> record) {
        CloudEvent event;
        try {
            event = CloudEventCodec.fromKafka(record.headers(), record.value());
        } catch (RuntimeException e) {
            deadLetter(record, e);
            return;
        }
        try {
            handle(record, event);
        } catch (KafkaException e) {
            throw e; // infrastructure trouble: let Kafka Streams retry or fail over, never skip the record
        } catch (RuntimeException e) {
            deadLetter(record, e);
        }
    }

    /** Handles one CloudEvent read from the input topic. Throw to dead-letter the record. */
    protected abstract void handle(Record<String, byte[]> record, CloudEvent event);

    protected Topic input() {
        return input;
    }

    /** Sends {@code event} to {@code topic} keyed by {@code key}, in this task's transaction. */
    protected void emit(Topic topic, String key, CloudEvent event, long timestamp) {
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(event);
        context.forward(new Record<>(key, new Outbound(topic.topicName(), payload.value()), timestamp, payload.headers()));
    }

    /** Passes the input record on unchanged (headers included) to {@code topic} under a new key. */
    protected void forward(Topic topic, String key, Record<String, byte[]> record) {
        context.forward(new Record<>(key, new Outbound(topic.topicName(), record.value()), record.timestamp(), record.headers()));
    }

    protected static Instant timeOf(Record<?, ?> record) {
        return Instant.ofEpochMilli(record.timestamp());
    }

    private void deadLetter(Record<String, byte[]> record, Exception error) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        add(headers, ERROR_CLASS_HEADER, error.getClass().getName());
        add(headers, ERROR_MESSAGE_HEADER, String.valueOf(error.getMessage()));
        add(headers, SOURCE_TOPIC_HEADER, input.topicName());
        context.recordMetadata().map(RecordMetadata::partition)
                .ifPresent(partition -> add(headers, SOURCE_PARTITION_HEADER, partition.toString()));
        context.recordMetadata().map(RecordMetadata::offset)
                .ifPresent(offset -> add(headers, SOURCE_OFFSET_HEADER, offset.toString()));
        context.forward(new Record<>(record.key(), new Outbound(input.deadLetterTopicName(), record.value()), record.timestamp(), headers));
        metrics.deadLettered(input.topicName());
    }

    private static void add(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
