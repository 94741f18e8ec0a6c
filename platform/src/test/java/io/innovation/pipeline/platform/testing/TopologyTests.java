package io.innovation.pipeline.platform.testing;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import io.innovation.pipeline.platform.stream.StreamFunction;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** Helpers for TopologyTestDriver tests of the services' topologies, speaking CloudEvents. */
public final class TopologyTests {
    private TopologyTests() {
    }

    /** Wires {@code topology} as the Kafka Streams binder does: input topic in, output i to {@code outputs[i]}. */
    public static TopologyTestDriver driver(StreamFunction function,
                                            Function<KStream<String, byte[]>, KStream<String, byte[]>[]> topology) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, byte[]>[] outputs = topology.apply(
                builder.stream(function.input().topicName(), Consumed.with(Serdes.String(), Serdes.ByteArray())));
        if (outputs.length != function.outputs().size()) {
            throw new IllegalStateException("the function returns " + outputs.length + " outputs but binds " + function.outputs());
        }
        for (int i = 0; i < outputs.length; i++) {
            outputs[i].to(function.outputs().get(i), Produced.with(Serdes.String(), Serdes.ByteArray()));
        }
        return driver(builder);
    }

    /**
     * Wires a curried {@code topology} as the Kafka Streams binder does: the first input binding's topics as one
     * stream, the second binding's topic as a global table materialised as {@code globalStore}, output i to
     * {@code outputs[i]}.
     */
    public static TopologyTestDriver driver(StreamFunction function, String globalStore,
                                            Function<KStream<String, byte[]>, Function<GlobalKTable<String, byte[]>, KStream<String, byte[]>[]>> topology) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, byte[]> input = builder.stream(function.inputs().get(0).stream().map(Topic::topicName).toList(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()));
        GlobalKTable<String, byte[]> global = builder.globalTable(function.inputs().get(1).get(0).topicName(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(globalStore));
        KStream<String, byte[]>[] outputs = topology.apply(input).apply(global);
        for (int i = 0; i < outputs.length; i++) {
            outputs[i].to(function.outputs().get(i), Produced.with(Serdes.String(), Serdes.ByteArray()));
        }
        return driver(builder);
    }

    public static TopologyTestDriver driver(StreamsBuilder builder) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("topology-test").toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new TopologyTestDriver(builder.build(), props);
    }

    public static TestInputTopic<String, byte[]> input(TopologyTestDriver driver, Topic topic) {
        return driver.createInputTopic(topic.topicName(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    }

    public static TestOutputTopic<String, byte[]> output(TopologyTestDriver driver, String topicName) {
        return driver.createOutputTopic(topicName, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    public static TestOutputTopic<String, byte[]> output(TopologyTestDriver driver, Topic topic) {
        return output(driver, topic.topicName());
    }

    /** Pipes one CloudEvent in Kafka binary mode. */
    public static void pipe(TestInputTopic<String, byte[]> input, String key, CloudEvent event, Instant at) {
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(event);
        input.pipeInput(new TestRecord<>(key, payload.value(), payload.headers(), at));
    }

    /** Pipes raw bytes with no CloudEvent headers. */
    public static void pipeRaw(TestInputTopic<String, byte[]> input, String key, byte[] value, Instant at) {
        input.pipeInput(new TestRecord<>(key, value, new RecordHeaders(), at));
    }

    public static List<TestRecord<String, byte[]>> records(TestOutputTopic<String, byte[]> output) {
        return output.readRecordsToList();
    }

    /** Reads every waiting record as a CloudEvent and returns its data as {@code type}. */
    public static <T> List<T> payloads(TestOutputTopic<String, byte[]> output, Class<T> type) {
        return records(output).stream().map(r -> CloudEventCodec.data(event(r), type)).toList();
    }

    public static CloudEvent event(TestRecord<String, byte[]> record) {
        return CloudEventCodec.fromKafka(record.headers(), record.value());
    }
}
