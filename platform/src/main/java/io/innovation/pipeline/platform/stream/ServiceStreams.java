package io.innovation.pipeline.platform.stream;

import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.cloud.stream.binder.kafka.streams.KafkaStreamsRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The service's Kafka Streams client. The binder creates it when it binds the service's one function, after
 * the application's beans, so it is looked up when needed rather than injected.
 */
public final class ServiceStreams {
    private final KafkaStreamsRegistry registry;

    public ServiceStreams(KafkaStreamsRegistry registry) {
        this.registry = registry;
    }

    /** The client, once the binder has created it. */
    public Optional<KafkaStreams> client() {
        return registry.streamsBuilderFactoryBeans().stream()
                .map(StreamsBuilderFactoryBean::getKafkaStreams)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** CREATED until the binder has started the client. */
    public KafkaStreams.State state() {
        return client().map(KafkaStreams::state).orElse(KafkaStreams.State.CREATED);
    }
}
