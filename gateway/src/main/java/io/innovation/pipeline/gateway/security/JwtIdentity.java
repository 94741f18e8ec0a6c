package io.innovation.pipeline.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * A validated token as a signed-in user: the name from the configured claim ({@code sub} when absent), the
 * pipeline roles from the configured claim paths (e.g. Keycloak's {@code realm_access.roles}, {@code roles},
 * {@code groups}); names of no pipeline role are ignored. The browser sign-in ({@link OidcUsers}) reads the
 * ID token's claims the same way.
 */
final class JwtIdentity implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final SecurityProperties.Jwt properties;

    JwtIdentity(SecurityProperties.Jwt properties) {
        this.properties = properties;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(new JwtAuthenticationToken(jwt, authorities(jwt.getClaims()), jwt.getClaimAsString(nameClaim(jwt.getClaims()))));
    }

    /** The user's pipeline roles and teams, as authorities. */
    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles(claims, properties.rolesClaims()).forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        teams(claims, properties.teamsClaims()).forEach(team -> authorities.add(new SimpleGrantedAuthority(Teams.authority(team))));
        return authorities;
    }

    /** The claim naming the user: the configured one, or {@code sub} when the claims lack it. */
    String nameClaim(Map<String, Object> claims) {
        Object name = claims.get(properties.usernameClaim());
        return name != null && StringUtils.hasText(String.valueOf(name)) ? properties.usernameClaim() : JwtClaimNames.SUB;
    }

    /** The pipeline roles found under any of the claim paths; a value may be a list or one space- or comma-separated string. */
    static Set<Role> roles(Map<String, Object> claims, List<String> paths) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String path : paths) {
            for (String name : values(at(claims, path))) {
                Role.parse(name).ifPresent(roles::add);
            }
        }
        return roles;
    }

    /** The team names found under any of the claim paths. */
    static Set<String> teams(Map<String, Object> claims, List<String> paths) {
        Set<String> teams = new TreeSet<>();
        for (String path : paths) {
            teams.addAll(values(at(claims, path)));
        }
        return teams;
    }

    private static Object at(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String step : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(step);
        }
        return node;
    }

    private static List<String> values(Object claim) {
        List<String> names = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> names.add(String.valueOf(value)));
        } else if (claim instanceof String text) {
            for (String value : text.split("[\\s,]+")) {
                if (!value.isEmpty()) {
                    names.add(value);
                }
            }
        }
        return names;
    }
}
