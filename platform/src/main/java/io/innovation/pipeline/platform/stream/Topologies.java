package io.innovation.pipeline.platform.stream;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Small helpers shared by the services' topologies. */
public final class Topologies {
    private Topologies() {
    }

    /** A persistent (RocksDB, changelogged) key-value store with string keys. */
    public static <V> StoreBuilder<KeyValueStore<String, V>> keyValueStore(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }

    /**
     * A processor that brings its own stores, so a topology built inside a binder function (which has no
     * {@code StreamsBuilder} to add stores to) still owns them.
     */
    public static <I, O> ProcessorSupplier<String, I, String, O> withStores(Supplier<Processor<String, I, String, O>> processor,
                                                                        StoreBuilder<?>... stores) {
        Set<StoreBuilder<?>> owned = Set.of(stores);
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, I, String, O> get() {
                return processor.get();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return owned;
            }
        };
    }
}
