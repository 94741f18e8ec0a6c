package io.innovation.pipeline.platform.config;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/** UP while the stream processor runs; DOWN while it starts, rebalances (stores cannot be read then) or after it failed. */
public class KafkaStreamsHealthIndicator extends AbstractHealthIndicator {
    private final StreamsBuilderFactoryBean streams;

    public KafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        KafkaStreams.State state = kafkaStreams == null ? KafkaStreams.State.CREATED : kafkaStreams.state();
        (state == KafkaStreams.State.RUNNING ? builder.up() : builder.down()).withDetail("state", state.name());
    }
}
