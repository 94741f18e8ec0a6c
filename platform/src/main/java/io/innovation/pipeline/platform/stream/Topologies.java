package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.contracts.Topic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/** Small helpers shared by the services' topologies. */
public final class Topologies {
    private Topologies() {
    }

    /** A public topic read as raw bytes, so the CloudEvent processor can dead-letter what it cannot read. */
    public static KStream<String, byte[]> rawStream(StreamsBuilder builder, Topic topic) {
        return builder.stream(topic.topicName(), Consumed.with(Serdes.String(), Serdes.ByteArray()));
    }

    /** Writes each outbound record to the topic it names. */
    public static void toOutboundTopics(KStream<String, Outbound> outbound) {
        outbound.to((key, value, context) -> value.topic(), Produced.with(Serdes.String(), Outbound.SERDE));
    }
}
