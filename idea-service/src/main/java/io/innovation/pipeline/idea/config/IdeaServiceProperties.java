package io.innovation.pipeline.idea.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.ideas.*}
 *
 * @param commandTimeout how long POST /ideas waits for the idea to be processed before answering 202
 */
@ConfigurationProperties("innovation.ideas")
public record IdeaServiceProperties(@DefaultValue("5s") Duration commandTimeout) {
}
