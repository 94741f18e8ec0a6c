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
 * @param teams the teams the user is a member of
 */
public record Caller(String user, Set<String> roles, Set<String> teams) {

    public static final String USER_HEADER = "X-Innovation-User";
    public static final String ROLES_HEADER = "X-Innovation-Roles";
    public static final String TEAMS_HEADER = "X-Innovation-Teams";
    public static final String ADMIN = "ADMIN";

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    public static Optional<Caller> from(String user, String roles) {
        return from(user, roles, null);
    }

    /** From the identity headers; {@code roles} and {@code teams} comma-separated. */
    public static Optional<Caller> from(String user, String roles, String teams) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.trim(), names(roles), names(teams)));
    }

    private static Set<String> names(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
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
