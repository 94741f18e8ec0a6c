package io.innovation.pipeline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtIdentityTest {

    static final List<String> PATHS = List.of("realm_access.roles", "roles", "groups");

    @Test
    void rolesComeFromNestedClaimsListsAndStringsWhateverTheirCase() {
        assertThat(JwtIdentity.roles(Map.of("realm_access", Map.of("roles", List.of("reviewer", "uma_authorization"))), PATHS))
                .containsExactly(Role.REVIEWER);
        assertThat(JwtIdentity.roles(Map.of("roles", "ROLE_PLANNER admin"), PATHS)).containsExactly(Role.PLANNER, Role.ADMIN);
        assertThat(JwtIdentity.roles(Map.of("groups", List.of("/Executive")), PATHS)).containsExactly(Role.EXECUTIVE);
    }

    @Test
    void onlyTheConfiguredPathsCount() {
        assertThat(JwtIdentity.roles(Map.of("roles", List.of("ADMIN")), List.of("realm_access.roles"))).isEmpty();
        assertThat(JwtIdentity.roles(Map.of("realm_access", "ADMIN"), List.of("realm_access.roles"))).isEmpty();
        assertThat(JwtIdentity.roles(Map.of(), PATHS)).isEmpty();
    }
}
