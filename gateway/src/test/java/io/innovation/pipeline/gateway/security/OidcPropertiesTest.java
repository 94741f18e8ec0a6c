package io.innovation.pipeline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The browser sign-in's settings as they are bound from configuration (e.g. {@code OIDC_SCOPES}). */
class OidcPropertiesTest {

    @Test
    void scopesMayBeOneSpaceSeparatedStringAsTheEnvironmentGivesThem() {
        SecurityProperties properties = bind(Map.of(
                "innovation.gateway.security.jwt.issuer-uri", "https://idp.test/realms/innovation",
                "innovation.gateway.security.oidc.client-id", "innovation-web",
                "innovation.gateway.security.oidc.scopes", "openid  profile roles"));
        assertThat(properties.oidc().enabled()).isTrue();
        assertThat(properties.oidc().scopes()).containsExactly("openid", "profile", "roles");
    }

    @Test
    void withoutAClientIdBrowsersDoNotSignInAtTheProvider() {
        SecurityProperties properties = bind(Map.of("innovation.gateway.security.jwt.issuer-uri", "https://idp.test/realms/innovation"));
        assertThat(properties.oidc().enabled()).isFalse();
        assertThat(properties.oidc().scopes()).containsExactly("openid", "profile", "email");
    }

    @Test
    void aClientNeedsTheIssuerAndTheOpenidScope() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecurityProperties("demo", Map.of(),
                        new SecurityProperties.Jwt("", "https://idp.test/certs", List.of(), List.of("roles"), "preferred_username", List.of()),
                        new SecurityProperties.Oidc("innovation-web", "secret", List.of("openid")),
                        new SecurityProperties.RateLimit(1, Duration.ofMinutes(1))))
                .withMessageContaining("issuer");
        assertThatIllegalArgumentException().isThrownBy(() -> new SecurityProperties.Oidc("innovation-web", "secret", List.of("profile email")))
                .withMessageContaining("openid");
    }

    private static SecurityProperties bind(Map<String, String> configuration) {
        return new Binder(new MapConfigurationPropertySource(configuration))
                .bindOrCreate("innovation.gateway.security", SecurityProperties.class);
    }
}
