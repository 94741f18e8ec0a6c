package io.innovation.pipeline.gateway.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The pipeline's roles (DESIGN §7). Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    SUBMITTER, REVIEWER, PLANNER, EXECUTIVE, ADMIN;

    static final String AUTHORITY_PREFIX = "ROLE_";

    /** Every role's name: a signed-in user with any of them may read and submit ideas. */
    public static String[] names() {
        return Arrays.stream(values()).map(Role::name).toArray(String[]::new);
    }

    /**
     * The role a name from a token or an authority stands for, whatever its case and with or without a
     * {@code ROLE_} prefix or a leading {@code /} (Keycloak group paths); empty for names of no pipeline role.
     */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String bare = name.trim();
        if (bare.startsWith("/")) {
            bare = bare.substring(1);
        }
        bare = bare.toUpperCase(Locale.ROOT);
        if (bare.startsWith(AUTHORITY_PREFIX)) {
            bare = bare.substring(AUTHORITY_PREFIX.length());
        }
        for (Role role : values()) {
            if (role.name().equals(bare)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
