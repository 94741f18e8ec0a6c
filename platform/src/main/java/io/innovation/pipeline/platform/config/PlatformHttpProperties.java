package io.innovation.pipeline.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code innovation.http.*}: @param maxRequestBytes largest request body accepted (413 above). */
@ConfigurationProperties("innovation.http")
public record PlatformHttpProperties(@DefaultValue("65536") long maxRequestBytes) {
}
