package io.innovation.pipeline.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code innovation_consumer_lag_records{group}}: the records this instance still has to read on the partitions its
 * Kafka Streams application is assigned, summed over them (Kafka's per-partition {@code records-lag} of the main
 * consumers; restore consumers are left out: restoring after a restart catches up by itself). The label is the
 * consumer group's stable name, never a client or instance id, so the series survive restarts. A back-end's
 * instances share their group's partitions: sum over instances for the group's lag. Each gateway reads every
 * partition in a group of its own: take the maximum over instances.
 */
public final class ConsumerLag {
    public static final String METRIC = "innovation.consumer.lag";

    private ConsumerLag() {
    }

    /** Registers the gauge of {@code group}; {@code streams} is the client, once the binder has created it. */
    public static void register(MeterRegistry registry, String group, Supplier<Optional<KafkaStreams>> streams) {
        Gauge.builder(METRIC, streams, s -> s.get().map(KafkaStreams::metrics).map(ConsumerLag::lag).orElse(0.0))
                .description("Records not yet read on the partitions this instance's consumers are assigned, per consumer group")
                .baseUnit("records")
                .tag("group", group)
                .strongReference(true)
                .register(registry);
    }

    /** The sum of {@code records-lag} over the partitions of the main consumers among {@code metrics}. */
    static double lag(Map<MetricName, ? extends Metric> metrics) {
        double lag = 0;
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            MetricName name = entry.getKey();
            String client = name.tags().getOrDefault("client-id", "");
            if (!"records-lag".equals(name.name()) || !name.tags().containsKey("partition")
                    || !client.endsWith("-consumer") || client.endsWith("restore-consumer")) {
                continue;
            }
            if (entry.getValue().metricValue() instanceof Number value && Double.isFinite(value.doubleValue())) {
                lag += value.doubleValue();
            }
        }
        return lag;
    }
}
