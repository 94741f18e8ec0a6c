package io.innovation.pipeline.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.http.*}
 *
 * @param maxRequestBytes largest request body accepted (413 above)
 * @param instanceTimeout how long a read waits for another instance of the same service that holds the key
 */
@ConfigurationProperties("innovation.http")
public record PlatformHttpProperties(
        @DefaultValue("65536") long maxRequestBytes,
        @DefaultValue("2s") Duration instanceTimeout) {
}
