package io.innovation.pipeline.evaluation.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.evaluation.api.*}
 *
 * @param commandTimeout how long an HTTP command (review, decision, theme, budget) waits for its outcome before 503
 */
@ConfigurationProperties("innovation.evaluation.api")
public record EvaluationApiProperties(@DefaultValue("10s") Duration commandTimeout) {
}
