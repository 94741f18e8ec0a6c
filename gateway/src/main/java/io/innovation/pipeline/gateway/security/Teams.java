package io.innovation.pipeline.gateway.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;

/** Team membership as authorities ({@code TEAM_<team>}), passed on to the back-ends in {@link IdentityHeaders#TEAMS}. */
final class Teams {
    static final String AUTHORITY_PREFIX = "TEAM_";

    private Teams() {
    }

    static String authority(String team) {
        return AUTHORITY_PREFIX + team.trim();
    }

    /** The teams among the authorities, sorted. */
    static List<String> of(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(AUTHORITY_PREFIX)
                        && authority.length() > AUTHORITY_PREFIX.length())
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length()))
                .distinct()
                .sorted()
                .toList();
    }
}
