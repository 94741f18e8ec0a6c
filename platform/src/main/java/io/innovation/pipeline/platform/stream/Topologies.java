package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.contracts.Topic;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.Stores;

/** Small helpers shared by the services' topologies. */
public final class Topologies {
    private Topologies() {
    }

    /** A public topic read as raw bytes, so the CloudEvent processor can dead-letter what it cannot read. */
    public static KStream<String, byte[]> rawStream(StreamsBuilder builder, Topic topic) {
        return builder.stream(topic.topicName(), Consumed.with(Serdes.String(), Serdes.ByteArray()));
    }

    /**
     * The common shape of a service topology: one input topic, one processor owning one key-value store,
     * and every output routed by {@link #toOutboundTopics}.
     */
    public static <V> KStream<String, Outbound> singleProcessor(StreamsBuilder builder, Topic input, String processorName,
                                                                String storeName, Serde<V> storeValues,
                                                                ProcessorSupplier<String, byte[], String, Outbound> processor) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(), storeValues));
        KStream<String, Outbound> outbound = rawStream(builder, input).process(processor, Named.as(processorName), storeName);
        toOutboundTopics(outbound);
        return outbound;
    }

    /** Writes each outbound record to the topic it names. */
    public static void toOutboundTopics(KStream<String, Outbound> outbound) {
        outbound.to((key, value, context) -> value.topic(), Produced.with(Serdes.String(), Outbound.SERDE));
    }
}
