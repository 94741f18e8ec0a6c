package io.innovation.pipeline.gateway.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Mono;

/**
 * A browser signed in at the OIDC provider as the same user a bearer token of the provider makes: name, roles and
 * teams read by {@link JwtIdentity} from the ID token's claims (and the user info's, where the provider has it).
 */
final class OidcUsers implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcReactiveOAuth2UserService provider = new OidcReactiveOAuth2UserService();
    private final JwtIdentity identity;

    OidcUsers(JwtIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return provider.loadUser(request).map(user -> new DefaultOidcUser(identity.authorities(user.getClaims()),
                user.getIdToken(), user.getUserInfo(), identity.nameClaim(user.getClaims())));
    }
}
