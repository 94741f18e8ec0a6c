package io.innovation.pipeline.gateway.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class MeController {

    /** Who is signed in, and with which pipeline roles. */
    @GetMapping("/api/me")
    Mono<Me> me() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .map(authentication -> new Me(authentication.getName(), IdentityHeaders.roles(authentication.getAuthorities()),
                        Teams.of(authentication.getAuthorities())));
    }

    /**
     * The CSRF token of the signed-in browser's session, for the web UI's scripts to send with their writes (a static
     * page cannot have it rendered in). Only where sessions are used: with bearer tokens there is none (404).
     */
    @GetMapping("/api/me/csrf")
    Mono<Csrf> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No CSRF token: this gateway signs in with bearer tokens"));
        }
        return token.map(csrf -> new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken()));
    }

    /**
     * @param user  the signed-in user's name: the submitter of the ideas this user submits
     * @param roles the user's pipeline roles
     * @param teams the teams the user is a member of (they start and deliver the team's roadmap items)
     */
    record Me(String user, List<String> roles, List<String> teams) {
    }

    /**
     * @param headerName    the request header that carries the token on a write
     * @param parameterName the form field that carries it instead (the sign-out form)
     * @param token         the token
     */
    record Csrf(String headerName, String parameterName, String token) {
    }
}
