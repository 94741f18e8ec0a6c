package io.innovation.pipeline.gateway.view;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.gateway.view.*}: the pipeline view.
 *
 * @param instanceId    this instance's id in the view's application id ({@code innovation-gateway-view-<id>});
 *                      unset: a random UUID at every start (the view is rebuilt from the topics)
 * @param asOfTimeout   the longest a {@code ?asOf=} replay of the event log may take before it answers 503
 * @param csvMaxRows    the most rows {@code /api/ideas.csv} writes
 * @param composedCacheSize the most composed idea views kept ({@link ComposedViewCache}); 0 turns the cache off
 * @param composedCacheTtl  the longest a composed idea view is kept while no event changes its idea
 */
@ConfigurationProperties("innovation.gateway.view")
public record ViewProperties(
        String instanceId,
        @DefaultValue("30s") Duration asOfTimeout,
        @DefaultValue("100000") int csvMaxRows,
        @DefaultValue("10000") int composedCacheSize,
        @DefaultValue("10s") Duration composedCacheTtl) {

    public ViewProperties {
        if (asOfTimeout.isNegative() || asOfTimeout.isZero()) {
            throw new IllegalArgumentException("innovation.gateway.view.as-of-timeout must be positive, was " + asOfTimeout);
        }
        if (composedCacheSize < 0 || composedCacheTtl.isNegative()) {
            throw new IllegalArgumentException("innovation.gateway.view.composed-cache-size and -ttl must not be negative");
        }
        if (csvMaxRows < 1) {
            throw new IllegalArgumentException("innovation.gateway.view.csv-max-rows must be at least 1");
        }
    }
}
