package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.platform.web.ServiceNotReadyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Reads this instance's key-value state stores. While the streams client is starting or rebalancing the
 * stores cannot be read; callers then get {@link ServiceNotReadyException} (HTTP 503), never stale nulls.
 */
public final class InteractiveQueries {
    private final StreamsBuilderFactoryBean streams;

    public InteractiveQueries(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    public <V> Optional<V> get(String storeName, String key) {
        try {
            return Optional.ofNullable(this.<V>store(storeName).get(key));
        } catch (InvalidStateStoreException e) {
            throw new ServiceNotReadyException("state store " + storeName + " is not readable yet: " + e.getMessage());
        }
    }

    public <V> List<V> all(String storeName) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, V> iterator = this.<V>store(storeName).all()) {
            iterator.forEachRemaining(entry -> values.add(entry.value));
        } catch (InvalidStateStoreException e) {
            throw new ServiceNotReadyException("state store " + storeName + " is not readable yet: " + e.getMessage());
        }
        return values;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String storeName) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || !kafkaStreams.state().isRunningOrRebalancing()) {
            throw new ServiceNotReadyException("the stream processor is not running yet");
        }
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
