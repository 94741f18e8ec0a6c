package io.innovation.pipeline.gateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.gateway.feed.*}: the live feed ({@code GET /api/events}).
 *
 * @param heartbeat        how often an idle stream gets a comment line, so proxies and clients keep it open
 * @param subscriberBuffer events held for one subscriber that does not keep up; beyond it the oldest are dropped
 * @param teamCacheSize    ideas whose team the gateway remembers, for events whose payload lacks the team
 */
@ConfigurationProperties("innovation.gateway.feed")
public record FeedProperties(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("256") int subscriberBuffer,
        @DefaultValue("10000") int teamCacheSize) {

    public FeedProperties {
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("innovation.gateway.feed.heartbeat must be positive, was " + heartbeat);
        }
        if (subscriberBuffer < 1 || teamCacheSize < 1) {
            throw new IllegalArgumentException("innovation.gateway.feed.subscriber-buffer and team-cache-size must be at least 1");
        }
    }
}
