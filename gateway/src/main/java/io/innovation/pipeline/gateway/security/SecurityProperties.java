package io.innovation.pipeline.gateway.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Who may call the gateway.
 *
 * @param demoPassword   the password of the local demo users (alice, rita, paul, erin, admin); they exist only
 *                       while no issuer and no JWK set URI is configured
 * @param demoTeams      the teams each demo user is a member of, e.g. {@code alice: identity,web}
 * @param jwt            the OAuth2 resource server: on as soon as an issuer or a JWK set URI is configured
 * @param oidc           the browser sign-in at the issuer (OIDC authorization code flow): on when a client id is
 *                       configured besides the issuer
 * @param writeRateLimit per-user limit on writes (POST, PUT, PATCH, DELETE under /api)
 */
@ConfigurationProperties("innovation.gateway.security")
public record SecurityProperties(
        @DefaultValue("demo") String demoPassword,
        @DefaultValue Map<String, List<String>> demoTeams,
        @DefaultValue Jwt jwt,
        @DefaultValue Oidc oidc,
        @DefaultValue RateLimit writeRateLimit) {

    public SecurityProperties {
        if (!jwt.enabled() && !StringUtils.hasText(demoPassword)) {
            throw new IllegalArgumentException("innovation.gateway.security.demo-password must not be blank");
        }
        if (oidc.enabled() && !StringUtils.hasText(jwt.issuerUri())) {
            throw new IllegalArgumentException("innovation.gateway.security.oidc.client-id needs the issuer "
                    + "(innovation.gateway.security.jwt.issuer-uri): its discovery document names where browsers sign in");
        }
    }

    /**
     * @param issuerUri     the issuer ({@code iss}) tokens must name; without a JWK set URI its OpenID discovery
     *                      document names the keys
     * @param jwkSetUri     where the signing keys are (optional when the issuer is given)
     * @param audiences     a token must name one of these in {@code aud}; empty: not checked
     * @param rolesClaims   claim paths (dots go into nested objects) whose values are the user's roles, all read
     * @param usernameClaim the claim naming the user; {@code sub} when the token lacks it
     * @param teamsClaims   claim paths whose values are the teams the user is a member of (who may start and
     *                      deliver the team's roadmap items)
     */
    public record Jwt(
            @DefaultValue("") String issuerUri,
            @DefaultValue("") String jwkSetUri,
            @DefaultValue List<String> audiences,
            @DefaultValue({"realm_access.roles", "roles", "groups"}) List<String> rolesClaims,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("teams") List<String> teamsClaims) {

        public Jwt {
            teamsClaims = teamsClaims.stream().filter(StringUtils::hasText).map(String::trim).toList();
            audiences = audiences.stream().filter(StringUtils::hasText).map(String::trim).toList();
            rolesClaims = rolesClaims.stream().filter(StringUtils::hasText).map(String::trim).toList();
        }

        public boolean enabled() {
            return StringUtils.hasText(issuerUri) || StringUtils.hasText(jwkSetUri);
        }
    }

    /**
     * @param clientId     the gateway's client at the issuer; with one, browsers sign in there, without one only
     *                     bearer tokens are taken
     * @param clientSecret the client's secret
     * @param scopes       the scopes asked for at sign-in, a list or one space-separated string; {@code openid} is
     *                     needed, for the ID token whose claims name the user
     */
    public record Oidc(
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

        public Oidc {
            scopes = scopes.stream().flatMap(scope -> Arrays.stream(scope.trim().split("\\s+"))).filter(StringUtils::hasText).toList();
            if (StringUtils.hasText(clientId) && !scopes.contains("openid")) {
                throw new IllegalArgumentException("innovation.gateway.security.oidc.scopes must include openid, was " + scopes);
            }
        }

        public boolean enabled() {
            return StringUtils.hasText(clientId);
        }
    }

    /**
     * @param capacity writes a user may make at once (the bucket's size)
     * @param period   the time in which a spent bucket fills up again, evenly
     */
    public record RateLimit(@DefaultValue("120") long capacity, @DefaultValue("1m") Duration period) {
        public RateLimit {
            if (capacity < 1 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("innovation.gateway.security.write-rate-limit needs a capacity of at "
                        + "least 1 and a positive period, was " + capacity + " per " + period);
            }
        }
    }
}
