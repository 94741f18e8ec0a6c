package io.innovation.pipeline.idea.api;

import io.innovation.pipeline.idea.domain.Actor;
import io.innovation.pipeline.idea.domain.IdeaIntake;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller of an HTTP command as the gateway names it: the gateway drops these headers from what clients
 * send and sets them from the user it authenticated (idea-service listens only where the gateway reaches it).
 *
 * @param user  the signed-in user
 * @param roles the user's pipeline roles
 */
record Caller(String user, Set<String> roles) {

    static final String USER_HEADER = "X-Innovation-User";
    static final String ROLES_HEADER = "X-Innovation-Roles";

    static Optional<Caller> from(String user, String roles) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        Set<String> names = roles == null ? Set.of() : Arrays.stream(roles.split(","))
                .map(String::trim).filter(role -> !role.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Caller(user.trim(), names));
    }

    /** 401: commands come through the gateway, which names the signed-in user. */
    static ResponseStatusException missing() {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                "No caller: commands come through the gateway, which names the signed-in user (" + USER_HEADER + ")");
    }

    Actor actor() {
        return new Actor(user, roles);
    }

    boolean admin() {
        return roles.contains(IdeaIntake.ADMIN);
    }
}
