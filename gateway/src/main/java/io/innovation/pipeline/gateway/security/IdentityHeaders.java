package io.innovation.pipeline.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The caller as the back-ends learn it: the gateway removes these headers from every request a client sends,
 * and sets them on every call it makes to a back-end from the authenticated user. The back-ends take each
 * command's actor from here, never from the body.
 */
public final class IdentityHeaders {

    /** The signed-in user's name. */
    public static final String USER = "X-Innovation-User";
    /** The user's pipeline roles, comma-separated (e.g. {@code SUBMITTER,ADMIN}). */
    public static final String ROLES = "X-Innovation-Roles";
    /** The teams the user is a member of, comma-separated. */
    public static final String TEAMS = "X-Innovation-Teams";

    /** Every header of this prefix is the gateway's to set: a client's are dropped. */
    static final String PREFIX = "x-innovation-";

    private IdentityHeaders() {}

    /** Web filter: the request without any identity header the client sent. */
    static Mono<Void> strip(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        boolean present = headers.headerNames().stream().anyMatch(IdentityHeaders::isIdentityHeader);
        if (!present) {
            return chain.filter(exchange);
        }
        ServerHttpRequest stripped = exchange.getRequest().mutate()
                .headers(h -> List.copyOf(h.headerNames()).stream().filter(IdentityHeaders::isIdentityHeader).forEach(h::remove))
                .build();
        return chain.filter(exchange.mutate().request(stripped).build());
    }

    /** Exchange filter of the back-end clients: the authenticated user and roles on every call, or none. */
    static Mono<ClientResponse> propagate(ClientRequest request, ExchangeFunction next) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> ClientRequest.from(request).headers(headers -> {
                    clear(headers);
                    headers.set(USER, authentication.getName());
                    headers.set(ROLES, String.join(",", roles(authentication.getAuthorities())));
                    headers.set(TEAMS, String.join(",", Teams.of(authentication.getAuthorities())));
                }).build())
                .defaultIfEmpty(ClientRequest.from(request).headers(IdentityHeaders::clear).build())
                .flatMap(next::exchange);
    }

    /** The pipeline roles among the authorities, in the order of {@link Role}. */
    static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(Role.AUTHORITY_PREFIX))
                .map(Role::parse)
                .flatMap(java.util.Optional::stream)
                .distinct()
                .sorted()
                .map(Role::name)
                .collect(Collectors.toList());
    }

    private static void clear(HttpHeaders headers) {
        List.copyOf(headers.headerNames()).stream().filter(IdentityHeaders::isIdentityHeader).forEach(headers::remove);
    }

    private static boolean isIdentityHeader(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }
}
