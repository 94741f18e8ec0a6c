package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.contracts.CloudEventCodec;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline view's topology, as the Kafka Streams binder hosts it (function {@value ViewSource#FUNCTION}): the
 * three event topics in one stream, each event folded by {@link PipelineFold} into the idea's summary in a state
 * store and published to the in-memory {@link PipelineView}. When a task starts (its store restored) the summaries
 * already in its store are loaded into the view.
 */
public final class ViewTopology {

    public static final String STORE = "pipeline-view";

    private static final JsonMapper JSON = CloudEventCodec.json();

    private ViewTopology() {}

    /**
     * The function bean's body.
     *
     * @param logged whether the store has a changelog: only with a stable instance id, whose state outlives a
     *               restart; a random one re-reads the topics at every start anyway
     */
    public static Consumer<KStream<String, byte[]>> function(PipelineView view, boolean logged, Runnable skipped) {
        return events -> events.process(new Supplier(view, logged, skipped), Named.as("pipeline-view-fold"));
    }

    static StoreBuilder<KeyValueStore<String, byte[]>> store(boolean logged) {
        StoreBuilder<KeyValueStore<String, byte[]>> builder = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray());
        return logged ? builder : builder.withLoggingDisabled();
    }

    static byte[] write(IdeaSummary summary) {
        return JSON.writeValueAsBytes(summary);
    }

    static IdeaSummary read(byte[] bytes) {
        return bytes == null ? null : JSON.readValue(bytes, IdeaSummary.class);
    }

    private record Supplier(PipelineView view, boolean logged, Runnable skipped) implements ProcessorSupplier<String, byte[], Void, Void> {
        @Override
        public Processor<String, byte[], Void, Void> get() {
            return new Fold(view, skipped);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(store(logged));
        }
    }

    private static final class Fold implements Processor<String, byte[], Void, Void> {
        private final PipelineView view;
        private final Runnable skipped;
        private KeyValueStore<String, byte[]> store;

        Fold(PipelineView view, Runnable skipped) {
            this.view = view;
            this.skipped = skipped;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
            try (KeyValueIterator<String, byte[]> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<String, byte[]> entry = all.next();
                    view.put(read(entry.value));
                }
            }
            view.running(true);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            ViewEvents.Decoded event = ViewEvents.decode(record.headers(), record.value(), record.timestamp());
            if (event == null) {
                skipped.run();
                return;
            }
            String id = PipelineFold.ideaId(event.payload());
            IdeaSummary next = PipelineFold.apply(read(store.get(id)), event.payload(), event.time());
            store.put(id, write(next));
            view.put(next);
        }
    }
}
