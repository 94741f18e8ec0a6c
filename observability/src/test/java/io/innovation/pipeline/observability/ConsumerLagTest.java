package io.innovation.pipeline.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {

    @Test
    void sumsThePartitionLagsOfTheMainConsumersOnly() {
        Map<MetricName, Metric> metrics = new LinkedHashMap<>();
        put(metrics, "records-lag", "app-1-StreamThread-1-consumer", "0", 4.0);
        put(metrics, "records-lag", "app-1-StreamThread-1-consumer", "1", 3.0);
        put(metrics, "records-lag", "app-1-StreamThread-2-consumer", "2", 1.0);
        put(metrics, "records-lag", "app-1-StateUpdater-1-restore-consumer", "0", 1000.0);
        put(metrics, "records-lag", "app-1-StreamThread-1-consumer", "3", Double.NaN);
        put(metrics, "records-lag-max", "app-1-StreamThread-1-consumer", null, 4.0);

        assertThat(ConsumerLag.lag(metrics)).isEqualTo(8.0);
    }

    @Test
    void theGaugeIsZeroBeforeTheClientExistsAndLabelledByGroup() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ConsumerLag.register(registry, "innovation-idea-service", Optional::empty);
        assertThat(registry.get(ConsumerLag.METRIC).tag("group", "innovation-idea-service").gauge().value()).isZero();
    }

    private static void put(Map<MetricName, Metric> metrics, String name, String client, String partition, double value) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("client-id", client);
        tags.put("topic", "innovation.ideas.v1");
        if (partition != null) {
            tags.put("partition", partition);
        }
        MetricName metricName = new MetricName(name, "consumer-fetch-manager-metrics", "", tags);
        metrics.put(metricName, new Metric() {
            @Override
            public MetricName metricName() {
                return metricName;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        });
    }
}
