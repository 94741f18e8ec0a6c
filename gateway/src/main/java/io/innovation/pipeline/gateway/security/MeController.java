package io.innovation.pipeline.gateway.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class MeController {

    /** Who is signed in, and with which pipeline roles. */
    @GetMapping("/api/me")
    Mono<Me> me() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .map(authentication -> new Me(authentication.getName(), IdentityHeaders.roles(authentication.getAuthorities())));
    }

    /**
     * @param user  the signed-in user's name: the submitter of the ideas this user submits
     * @param roles the user's pipeline roles
     */
    record Me(String user, List<String> roles) {
    }
}
