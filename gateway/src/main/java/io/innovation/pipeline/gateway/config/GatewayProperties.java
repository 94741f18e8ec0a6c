package io.innovation.pipeline.gateway.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the back-ends are and how long the gateway waits for them.
 *
 * @param partTimeout    the wait for each part of a composed read and for pass-through reads
 * @param commandTimeout the wait for idea-service to take a command; longer than idea-service's own worst case
 * @param maxRequestBytes the largest command body the gateway forwards
 */
@ConfigurationProperties("innovation.gateway")
public record GatewayProperties(
        URI ideaServiceUrl,
        URI evaluationServiceUrl,
        URI roadmapServiceUrl,
        Duration partTimeout,
        Duration commandTimeout,
        DataSize maxRequestBytes) {}
