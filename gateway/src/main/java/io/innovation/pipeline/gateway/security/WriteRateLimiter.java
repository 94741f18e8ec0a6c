package io.innovation.pipeline.gateway.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-user limit on writes (Bucket4j token buckets, one per signed-in user, in this gateway instance): a
 * write beyond the limit gets 429 problem+json with {@code Retry-After}, the seconds until the next write is
 * allowed, counted in {@code innovation_gateway_rate_limited_total}. Reads are not limited. Runs after authorization, so an anonymous or forbidden write never spends a token.
 */
final class WriteRateLimiter implements WebFilter {

    static final String REMAINING = "X-RateLimit-Remaining";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final SecurityProperties.RateLimit limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Counter refused;

    WriteRateLimiter(SecurityProperties.RateLimit limit, MeterRegistry meters) {
        this.limit = limit;
        this.refused = Counter.builder("innovation.gateway.rate.limited")
                .description("Writes refused with 429 because their user exceeded the write rate limit")
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isApiWrite(exchange)) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getName)
                .defaultIfEmpty("")
                .flatMap(user -> user.isEmpty() ? chain.filter(exchange) : limited(user, exchange, chain));
    }

    /** A write (POST, PUT, PATCH, DELETE) to the API: what is limited, and what {@link WriteLog} logs. */
    static boolean isApiWrite(ServerWebExchange exchange) {
        return WRITES.contains(exchange.getRequest().getMethod()) && exchange.getRequest().getPath().value().startsWith("/api/");
    }

    private Mono<Void> limited(String user, ServerWebExchange exchange, WebFilterChain chain) {
        ConsumptionProbe probe = buckets.computeIfAbsent(user, name -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            exchange.getResponse().getHeaders().set(REMAINING, Long.toString(probe.getRemainingTokens()));
            return chain.filter(exchange);
        }
        refused.increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "At most " + limit.capacity() + " writes per " + limit.period() + " per user; try again in " + seconds + " s.",
                headers -> {
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    headers.set(REMAINING, "0");
                });
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build();
    }
}
