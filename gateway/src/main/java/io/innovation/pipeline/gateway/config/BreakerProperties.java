package io.innovation.pipeline.gateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The circuit breaker in front of each back-end (each has its own, with these settings). A call fails when its
 * back-end cannot be reached, does not answer within its timeout ({@code part-timeout} for reads,
 * {@code command-timeout} for commands) or answers 5xx.
 *
 * @param failureRate     the percentage of failed calls in the window that opens the breaker
 * @param window          the number of most recent calls the failure rate is computed over
 * @param minimumCalls    the calls the window needs before the failure rate counts
 * @param waitInOpenState how long an open breaker refuses calls before it lets trial calls through
 * @param trialCalls      the calls let through half-open; the breaker closes if few enough of them fail
 */
@ConfigurationProperties("innovation.gateway.breaker")
public record BreakerProperties(
        @DefaultValue("50") float failureRate,
        @DefaultValue("20") int window,
        @DefaultValue("10") int minimumCalls,
        @DefaultValue("10s") Duration waitInOpenState,
        @DefaultValue("3") int trialCalls) {}
