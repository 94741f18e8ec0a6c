package io.innovation.pipeline.platform.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller of an HTTP command as the gateway names it: the gateway drops these headers from what clients
 * send and sets them from the user it authenticated (back-ends listen only where the gateway reaches them).
 *
 * @param user  the signed-in user
 * @param roles the user's pipeline roles
 */
public record Caller(String user, Set<String> roles) {

    public static final String USER_HEADER = "X-Innovation-User";
    public static final String ROLES_HEADER = "X-Innovation-Roles";
    public static final String ADMIN = "ADMIN";

    public static Optional<Caller> from(String user, String roles) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        Set<String> names = roles == null ? Set.of() : Arrays.stream(roles.split(","))
                .map(String::trim).filter(role -> !role.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Caller(user.trim(), names));
    }

    /** 401: commands come through the gateway, which names the signed-in user. */
    public static ResponseStatusException missing() {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                "No caller: commands come through the gateway, which names the signed-in user (" + USER_HEADER + ")");
    }

    public boolean admin() {
        return roles.contains(ADMIN);
    }

    /** Whether the caller has any of {@code wanted}. */
    public boolean hasAnyRole(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }
}
