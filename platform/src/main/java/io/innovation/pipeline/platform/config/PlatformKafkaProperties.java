package io.innovation.pipeline.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.kafka.*}: how the services create the public topics at start-up.
 *
 * @param createTopics create missing topics (turn off where topics are managed elsewhere, e.g. Strimzi)
 * @param partitions partitions of each topic created
 * @param replicationFactor replicas of each topic created (1 for a single local broker)
 * @param threadReplacements how often a failed stream thread is replaced within {@code threadReplacementWindow}
 *                           before the stream client is shut down (health DOWN)
 * @param threadReplacementWindow the window for {@code threadReplacements}
 */
@ConfigurationProperties("innovation.kafka")
public record PlatformKafkaProperties(
        @DefaultValue("true") boolean createTopics,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("5") int threadReplacements,
        @DefaultValue("10m") Duration threadReplacementWindow) {
}
