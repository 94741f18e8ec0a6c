package io.innovation.pipeline.idea.domain;

import java.util.Set;

/**
 * Who sent a command and with which rights. Over HTTP: the signed-in user the gateway names, with their roles.
 * Over Kafka: the command's CloudEvent source, a system trusted with an admin's rights, because who may write to the
 * command topic at all is governed by Kafka's ACLs (docs/INTEGRATION.md).
 */
public record Actor(String name, Set<String> roles) {
    public static final String ADMIN = "ADMIN";
    public static final String REVIEWER = "REVIEWER";

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A system writing to the command topic. */
    public static Actor system(String source) {
        return new Actor(source, Set.of(ADMIN));
    }

    public boolean admin() {
        return roles.contains(ADMIN);
    }
}
