package io.innovation.pipeline.gateway.config;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.innovation.pipeline.gateway.compose.Part;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * A Resilience4j circuit breaker and a timeout per back-end, applied to every call the gateway makes to it (as the
 * outermost filter of its client, so one breaker covers all its instances and the load balancer's retries). The
 * breakers' states and counts are Micrometer meters ({@code resilience4j_circuitbreaker_*}, tag {@code name}).
 */
public class BackendBreakers {

    /** Refused without calling the back-end: its breaker is open. */
    public static final class Open extends RuntimeException {
        private final transient Duration retryAfter;

        Open(String service, Duration retryAfter, CallNotPermittedException cause) {
            super(service + "'s circuit breaker is open", cause);
            this.retryAfter = retryAfter;
        }

        /** When a trial call will be let through at the latest. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final CircuitBreakerRegistry registry;
    private final BreakerProperties breaker;
    private final GatewayProperties timeouts;

    BackendBreakers(BreakerProperties breaker, GatewayProperties timeouts, MeterRegistry meters) {
        this.breaker = breaker;
        this.timeouts = timeouts;
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRate())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.window())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.trialCalls())
                // an answer is a success unless it is a 5xx; a 404 or a refused command is the back-end doing its job
                .recordResult(result -> result instanceof ClientResponse response && response.statusCode().is5xxServerError())
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        for (Part part : Part.values()) {
            registry.circuitBreaker(part.service()); // registered up front, so each shows as closed before its first call
        }
    }

    /** The breaker of the back-end that owns {@code part}. */
    public CircuitBreaker of(Part part) {
        return registry.circuitBreaker(part.service());
    }

    /**
     * Times the call out until the answer's headers arrive (reads after {@code part-timeout}, anything else after
     * {@code command-timeout}) and counts it in the back-end's breaker; an open breaker fails the call with
     * {@link Open} at once.
     */
    ExchangeFilterFunction filter(Part part) {
        CircuitBreaker circuitBreaker = of(part);
        return (request, next) -> next.exchange(request)
                .timeout(HttpMethod.GET.equals(request.method()) ? timeouts.partTimeout() : timeouts.commandTimeout())
                .transform(CircuitBreakerOperator.of(circuitBreaker))
                .onErrorMap(CallNotPermittedException.class, refused -> new Open(part.service(), breaker.waitInOpenState(), refused));
    }
}
