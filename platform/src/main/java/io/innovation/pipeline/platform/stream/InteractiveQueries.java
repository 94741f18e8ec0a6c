package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.platform.web.ServiceNotReadyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the services' key-value state stores across every instance of a service. A key is read where its
 * partition is active: here, or at the instance that holds it, asked once through its store endpoint
 * ({@link InstanceClient}); a scan gathers this instance's values and every other instance's. When the
 * active instance does not answer (killed, say) a standby copy is read instead: here if this instance keeps
 * one, else at an instance that does. While the streams client is starting or rebalancing, or when no copy
 * can be reached, callers get {@link ServiceNotReadyException} (HTTP 503 with Retry-After), never stale nulls.
 */
public final class InteractiveQueries {
    private final ServiceStreams streams;
    private final HostInfo self;
    private final InstanceClient instances;

    /** @param self this instance's {@code application.server} */
    public InteractiveQueries(ServiceStreams streams, HostInfo self, InstanceClient instances) {
        this.streams = streams;
        this.self = self;
        this.instances = instances;
    }

    /** The value under {@code key}, read wherever its partition lives. */
    public <V> Optional<V> get(String storeName, String key, Class<V> type) {
        return get(storeName, key, key, type);
    }

    /**
     * The value under {@code key} of a store whose records are partitioned by another key, {@code partitionKey} (a
     * store of a task fed by a repartition topic, say keyed {@code team/idea} but partitioned by team).
     */
    public <V> Optional<V> get(String storeName, String key, String partitionKey, Class<V> type) {
        KeyQueryMetadata where = running().queryMetadataForKey(storeName, partitionKey, Serdes.String().serializer());
        if (where == null || KeyQueryMetadata.NOT_AVAILABLE.equals(where)) {
            throw new ServiceNotReadyException("the partitions of " + storeName + " are being assigned");
        }
        if (self.equals(where.activeHost())) {
            return read(storeName, key, false);
        }
        try {
            return instances.get(where.activeHost(), storeName, key, partitionKey, false, type);
        } catch (InstanceClient.Unreachable unreachable) {
            return fromStandby(storeName, key, partitionKey, type, where, unreachable);
        }
    }

    /** Every value of the store, from all instances. */
    public <V> List<V> all(String storeName, Class<V> type) {
        List<V> values = new ArrayList<>(allLocal(storeName));
        for (StreamsMetadata instance : running().streamsMetadataForStore(storeName)) {
            if (!self.equals(instance.hostInfo())) {
                values.addAll(instances.all(instance.hostInfo(), storeName, type));
            }
        }
        return values;
    }

    /** The value under {@code key} of a global store: every instance holds all of it, so it is read here. */
    public <V> Optional<V> getGlobal(String storeName, String key) {
        return read(storeName, key, false);
    }

    /**
     * The values whose keys start with {@code prefix}, in key order, from the instance that holds the partition of
     * {@code partitionKey}: one partition's range, never a scan of every instance.
     */
    public <V> List<V> prefix(String storeName, String prefix, String partitionKey, Class<V> type) {
        KeyQueryMetadata where = running().queryMetadataForKey(storeName, partitionKey, Serdes.String().serializer());
        if (where == null || KeyQueryMetadata.NOT_AVAILABLE.equals(where)) {
            throw new ServiceNotReadyException("the partitions of " + storeName + " are being assigned");
        }
        if (self.equals(where.activeHost())) {
            return prefixLocal(storeName, prefix);
        }
        try {
            return instances.prefix(where.activeHost(), storeName, prefix, type);
        } catch (InstanceClient.Unreachable unreachable) {
            throw new ServiceNotReadyException("the instance holding " + storeName + " for " + partitionKey + " ("
                    + where.activeHost() + ") does not answer: " + unreachable.getMessage());
        }
    }

    /** The values of this instance's active partitions whose keys start with {@code prefix}. */
    public <V> List<V> prefixLocal(String storeName, String prefix) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, V> iterator = this.<V>store(storeName, false).prefixScan(prefix, Serdes.String().serializer())) {
            iterator.forEachRemaining(entry -> values.add(entry.value));
        } catch (InvalidStateStoreException e) {
            throw new ServiceNotReadyException("state store " + storeName + " is not readable yet: " + e.getMessage());
        }
        return values;
    }

    /**
     * The value under {@code key} in this instance's copy: the active one, or a standby one when {@code stale} is
     * allowed. Where this instance holds no such copy (the partition moved) the answer is "not ready", never an
     * empty result, so a forwarded read is never mistaken for an unknown key.
     */
    public <V> Optional<V> getLocal(String storeName, String key, String partitionKey, boolean stale) {
        KeyQueryMetadata where = running().queryMetadataForKey(storeName, partitionKey, Serdes.String().serializer());
        boolean held = where != null && (self.equals(where.activeHost()) || stale && where.standbyHosts().contains(self));
        if (!held) {
            throw new ServiceNotReadyException("this instance does not hold " + storeName + " for this key (any more)");
        }
        return read(storeName, key, stale);
    }

    private <V> Optional<V> read(String storeName, String key, boolean stale) {
        try {
            return Optional.ofNullable(this.<V>store(storeName, stale).get(key));
        } catch (InvalidStateStoreException e) {
            throw new ServiceNotReadyException("state store " + storeName + " is not readable here: " + e.getMessage());
        }
    }

    /** The values of the partitions active on this instance. */
    public <V> List<V> allLocal(String storeName) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, V> iterator = this.<V>store(storeName, false).all()) {
            iterator.forEachRemaining(entry -> values.add(entry.value));
        } catch (InvalidStateStoreException e) {
            throw new ServiceNotReadyException("state store " + storeName + " is not readable yet: " + e.getMessage());
        }
        return values;
    }

    private <V> Optional<V> fromStandby(String storeName, String key, String partitionKey, Class<V> type, KeyQueryMetadata where,
                                        InstanceClient.Unreachable activeUnreachable) {
        if (where.standbyHosts().contains(self)) {
            return read(storeName, key, true);
        }
        for (HostInfo standby : where.standbyHosts()) {
            try {
                return instances.get(standby, storeName, key, partitionKey, true, type);
            } catch (InstanceClient.Unreachable ignored) {
                // try the next copy
            }
        }
        throw new ServiceNotReadyException("the instance holding " + storeName + " for this key ("
                + where.activeHost() + ") does not answer and no standby copy is reachable: " + activeUnreachable.getMessage());
    }

    private KafkaStreams running() {
        KafkaStreams kafkaStreams = streams.client().orElse(null);
        if (kafkaStreams == null || !kafkaStreams.state().isRunningOrRebalancing()) {
            throw new ServiceNotReadyException("the stream processor is not running yet");
        }
        return kafkaStreams;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String storeName, boolean stale) {
        StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> parameters =
                StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.<String, V>keyValueStore());
        return running().store(stale ? parameters.enableStaleStores() : parameters);
    }
}
