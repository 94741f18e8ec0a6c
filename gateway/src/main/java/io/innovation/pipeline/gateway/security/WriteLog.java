package io.innovation.pipeline.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One INFO line per write through the API once it is answered: who, what, the status and where the result is
 * ({@code alice POST /api/ideas -> 201 /api/ideas/<id>}). The line carries the request's trace id, the same trace
 * the back-ends continue over HTTP and Kafka, so an operator finds every service's part of one submission by it.
 */
final class WriteLog implements WebFilter {
    private static final Logger LOG = LoggerFactory.getLogger(WriteLog.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!WriteRateLimiter.isApiWrite(exchange)) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .map(Authentication::getName)
                .defaultIfEmpty("anonymous")
                .flatMap(user -> chain.filter(exchange).doOnSuccess(done -> log(user, exchange)));
    }

    private static void log(String user, ServerWebExchange exchange) {
        String location = exchange.getResponse().getHeaders().getFirst(HttpHeaders.LOCATION);
        LOG.info("{} {} {} -> {}{}", user, exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                exchange.getResponse().getStatusCode() == null ? "?" : exchange.getResponse().getStatusCode().value(),
                location == null ? "" : " " + location);
    }
}
