package io.innovation.pipeline.platform.config;

import io.innovation.pipeline.platform.stream.ServiceStreams;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP while the stream processor runs; DOWN while it starts, rebalances (stores cannot be read then) or after it
 * failed. Stricter than the binder's own {@code kstreams} indicator, which counts REBALANCING as UP.
 */
public class KafkaStreamsHealthIndicator extends AbstractHealthIndicator {
    private final ServiceStreams streams;

    public KafkaStreamsHealthIndicator(ServiceStreams streams) {
        this.streams = streams;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        KafkaStreams.State state = streams.state();
        (state == KafkaStreams.State.RUNNING ? builder.up() : builder.down()).withDetail("state", state.name());
    }
}
