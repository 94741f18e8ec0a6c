package io.innovation.pipeline.gateway.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeReactiveAuthenticationManager;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.ui.DefaultResourcesWebFilter;
import org.springframework.security.web.server.ui.LoginPageGeneratingWebFilter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Who may do what at the gateway (DESIGN §7).
 *
 * <ul>
 *   <li>With an issuer or a JWK set URI configured: an OAuth2 resource server. Bearer JWTs, checked for
 *       signature, expiry, issuer and audience; roles from the configured claims ({@link JwtIdentity}). With an
 *       OIDC client configured too, browsers sign in at the issuer and then ride on a session cookie (CSRF as
 *       below); the ID token's claims make the same user a bearer token would ({@link OidcUsers}).</li>
 *   <li>Otherwise (the local run): the demo users alice (SUBMITTER), rita (REVIEWER), paul (PLANNER),
 *       erin (EXECUTIVE) and admin (ADMIN). API clients use HTTP Basic; browsers the login page
 *       ({@code /login}), which gives a session cookie. Requests that ride on the session cookie need a CSRF
 *       token for every write; requests that carry their own credentials ({@code Authorization}) do not.</li>
 * </ul>
 * Everyone signed in with a pipeline role reads and submits ideas; later writes name their role. Anonymous:
 * 401 problem+json with {@code WWW-Authenticate} (browsers asking for HTML are sent to sign in); a role
 * missing: 403 problem+json. Writes are rate-limited per user ({@link WriteRateLimiter}). Identity headers from
 * clients are dropped and the authenticated user is passed to the back-ends ({@link IdentityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** The local demo users and their roles (README). */
    static final Map<String, Role> DEMO_USERS = Map.of(
            "alice", Role.SUBMITTER,
            "rita", Role.REVIEWER,
            "paul", Role.PLANNER,
            "erin", Role.EXECUTIVE,
            "admin", Role.ADMIN);

    static final String BASIC_CHALLENGE = "Basic realm=\"innovation-pipeline\"";
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final String SESSION_COOKIE = "SESSION";
    /** The provider's registration: browsers come back from it to /login/oauth2/code/oidc. */
    private static final String OIDC_REGISTRATION = "oidc";
    /** Where Spring's oauth2Login sends a browser on to the provider (its default path for the registration). */
    private static final String OIDC_SIGN_IN = "/oauth2/authorization/" + OIDC_REGISTRATION;

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProperties properties, MeterRegistry meters) {
        http.authorizeExchange(exchanges -> exchanges
                .pathMatchers("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                        "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/login", "/favicon.ico").permitAll()
                .pathMatchers("/api/me").authenticated()
                .pathMatchers(HttpMethod.POST, "/api/ideas").hasAnyRole(Role.names())
                .pathMatchers(HttpMethod.POST, "/api/ideas/*/reviews").hasRole(Role.REVIEWER.name())
                .pathMatchers(HttpMethod.POST, "/api/ideas/*/decision").hasAnyRole(Role.REVIEWER.name(), Role.EXECUTIVE.name())
                .pathMatchers("/api/reviews/queue").hasAnyRole(Role.REVIEWER.name(), Role.EXECUTIVE.name())
                .pathMatchers(HttpMethod.PUT, "/api/themes/**").hasAnyRole(Role.EXECUTIVE.name(), Role.ADMIN.name())
                .pathMatchers(HttpMethod.PUT, "/api/teams/*/capacity/*").hasAnyRole(Role.PLANNER.name(), Role.ADMIN.name())
                .pathMatchers(HttpMethod.POST, "/api/roadmap/what-if").hasAnyRole(Role.PLANNER.name(), Role.ADMIN.name())
                .pathMatchers("/api/roadmap/items/*/pin").hasAnyRole(Role.PLANNER.name(), Role.ADMIN.name())
                // start and deliver: also the members of the item's team, which roadmap-service knows and checks
                .pathMatchers("/api/**").hasAnyRole(Role.names())
                .anyExchange().authenticated());
        http.addFilterAfter(new WriteRateLimiter(properties.writeRateLimit(), meters), SecurityWebFiltersOrder.AUTHORIZATION);
        http.addFilterAfter(new WriteLog(), SecurityWebFiltersOrder.AUTHORIZATION);
        ServerAccessDeniedHandler forbidden = SecurityConfiguration::forbidden;
        if (properties.jwt().enabled()) {
            ServerAuthenticationEntryPoint bearer = SecurityConfiguration::bearerChallenge;
            JwtIdentity identity = new JwtIdentity(properties.jwt());
            http.oauth2ResourceServer(resourceServer -> resourceServer
                            .authenticationEntryPoint(bearer)
                            .accessDeniedHandler(forbidden)
                            .jwt(jwt -> jwt.jwtDecoder(jwtDecoder(properties.jwt())).jwtAuthenticationConverter(identity)))
                    .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                    .formLogin(ServerHttpSecurity.FormLoginSpec::disable);
            if (properties.oidc().enabled()) {
                browserSignIn(http, properties, identity, bearer, forbidden);
            } else {
                http.exceptionHandling(handling -> handling.authenticationEntryPoint(bearer).accessDeniedHandler(forbidden))
                        .logout(ServerHttpSecurity.LogoutSpec::disable)
                        // stateless: no session cookie carries credentials, so there is nothing to forge
                        .csrf(ServerHttpSecurity.CsrfSpec::disable);
            }
        } else {
            ServerAuthenticationEntryPoint basic = SecurityConfiguration::basicChallenge;
            http.httpBasic(basicSpec -> basicSpec.authenticationEntryPoint(basic))
                    .formLogin(form -> form.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/")))
                    .exceptionHandling(handling -> handling
                            .authenticationEntryPoint(browsersTo(new RedirectServerAuthenticationEntryPoint("/login"), basic))
                            .accessDeniedHandler(forbidden))
                    .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::sessionWrite).accessDeniedHandler(forbidden));
            // Spring generates its login page only while no entry point is set explicitly; ours is, for the problem answers
            LoginPageGeneratingWebFilter loginPageFilter = new LoginPageGeneratingWebFilter();
            loginPageFilter.setFormLoginEnabled(true);
            http.addFilterAt(loginPageFilter, SecurityWebFiltersOrder.LOGIN_PAGE_GENERATING);
            // and its stylesheet, which it links: refused, it made browsers ask for a Basic login over the login page
            http.addFilterAt(DefaultResourcesWebFilter.css(), SecurityWebFiltersOrder.LOGIN_PAGE_GENERATING);
        }
        return http.build();
    }

    /**
     * Browsers sign in at the issuer (OIDC authorization code flow) and then ride on a session cookie, like the demo
     * users' browsers (CSRF token on writes, {@code POST /logout}); requests with a bearer token stay the resource
     * server's. The provider's endpoints come from the issuer's discovery document, read once at start-up.
     */
    private static void browserSignIn(ServerHttpSecurity http, SecurityProperties properties, JwtIdentity identity,
                                      ServerAuthenticationEntryPoint bearer, ServerAccessDeniedHandler forbidden) {
        SecurityProperties.Oidc oidc = properties.oidc();
        ClientRegistration client = ClientRegistrations.fromIssuerLocation(properties.jwt().issuerUri())
                .registrationId(OIDC_REGISTRATION)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope(oidc.scopes())
                .build();
        ReactiveClientRegistrationRepository clients = new InMemoryReactiveClientRegistrationRepository(client);
        OidcClientInitiatedServerLogoutSuccessHandler signedOut = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        // a provider without an end-session endpoint keeps its own session: back to the web UI, which signs in again there
        signedOut.setLogoutSuccessUrl(URI.create("/"));
        http.oauth2Login(login -> login
                        .clientRegistrationRepository(clients)
                        .authorizedClientRepository(new WebSessionServerOAuth2AuthorizedClientRepository())
                        .authenticationManager(new OidcAuthorizationCodeReactiveAuthenticationManager(
                                new WebClientReactiveAuthorizationCodeTokenResponseClient(), new OidcUsers(identity)))
                        .authenticationFailureHandler((filterExchange, failure) -> ProblemResponses.write(
                                filterExchange.getExchange(), HttpStatus.UNAUTHORIZED, "Unauthorized",
                                "The sign-in at the identity provider failed: " + failure.getMessage(), headers -> {})))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(browsersTo(new RedirectServerAuthenticationEntryPoint(OIDC_SIGN_IN), bearer))
                        .accessDeniedHandler(forbidden))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::sessionWrite).accessDeniedHandler(forbidden));
    }

    /** Browsers asking for a page go to where they sign in; API clients get the challenge. */
    private static ServerAuthenticationEntryPoint browsersTo(ServerAuthenticationEntryPoint signIn, ServerAuthenticationEntryPoint api) {
        return (exchange, failure) -> wantsHtml(exchange) ? signIn.commence(exchange, failure) : api.commence(exchange, failure);
    }

    /** Identity headers a client sends never reach the security filters, the controllers or a back-end. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter stripClientIdentityHeaders() {
        return IdentityHeaders::strip;
    }

    /** Every back-end client (they are built from Boot's WebClient.Builder) passes the caller on. */
    @Bean
    WebClientCustomizer identityHeadersToBackends() {
        return builder -> builder.filter(IdentityHeaders::propagate);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DemoPasswordEncoder();
    }

    /** The demo users, or none when tokens are the only way in (Boot then creates no default user either). */
    @Bean
    ReactiveUserDetailsService users(SecurityProperties properties, PasswordEncoder encoder) {
        if (properties.jwt().enabled()) {
            return username -> Mono.empty();
        }
        log.info("Local demo users {} are on (password from innovation.gateway.security.demo-password); "
                + "configure an issuer or a JWK set URI to use an OIDC provider instead", DEMO_USERS.keySet());
        List<UserDetails> users = new ArrayList<>();
        DEMO_USERS.forEach((name, role) -> users.add(User.withUsername(name)
                .password(encoder.encode(properties.demoPassword()))
                .authorities(Stream.concat(Stream.of(role.authority()),
                                properties.demoTeams().getOrDefault(name, List.of()).stream().map(Teams::authority))
                        .toArray(String[]::new))
                .build()));
        return new MapReactiveUserDetailsService(users);
    }

    static ReactiveJwtDecoder jwtDecoder(SecurityProperties.Jwt jwt) {
        NimbusReactiveJwtDecoder decoder = StringUtils.hasText(jwt.jwkSetUri())
                ? NimbusReactiveJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
                : NimbusReactiveJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(StringUtils.hasText(jwt.issuerUri())
                ? JwtValidators.createDefaultWithIssuer(jwt.issuerUri())
                : JwtValidators.createDefault());
        if (jwt.audiences().isEmpty()) {
            log.warn("No audience configured (innovation.gateway.security.jwt.audiences): tokens for any audience are accepted");
        } else {
            List<String> audiences = jwt.audiences();
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /**
     * CSRF protects what a browser sends on its own: writes that ride on the session cookie. A request with
     * its own {@code Authorization} header (Basic, Bearer) cannot be forged cross-site, and a request without
     * the session cookie carries no credentials to abuse (it gets 401).
     */
    private static Mono<ServerWebExchangeMatcher.MatchResult> sessionWrite(ServerWebExchange exchange) {
        boolean write = !SAFE_METHODS.contains(exchange.getRequest().getMethod());
        boolean ownCredentials = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        HttpCookie session = exchange.getRequest().getCookies().getFirst(SESSION_COOKIE);
        return write && !ownCredentials && session != null
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    private static boolean wantsHtml(ServerWebExchange exchange) {
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        return accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    private static Mono<Void> basicChallenge(ServerWebExchange exchange, AuthenticationException failure) {
        boolean triedBasic = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized",
                triedBasic ? "The user name or password is wrong." : "Sign in: HTTP Basic for API clients, /login for browsers.",
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE));
    }

    private static Mono<Void> bearerChallenge(ServerWebExchange exchange, AuthenticationException failure) {
        String challenge = "Bearer";
        String detail = "Send a bearer token (JWT) from the configured issuer.";
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            challenge = "Bearer error=\"" + error.getErrorCode() + "\""
                    + (error.getDescription() == null ? "" : ", error_description=\"" + error.getDescription().replace("\"", "'") + "\"");
            detail = error.getDescription() == null ? "The bearer token was refused." : error.getDescription();
        } else if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() != null) {
            challenge = "Bearer error=\"invalid_token\"";
            detail = oauth.getError().getDescription() != null ? oauth.getError().getDescription() : "The bearer token was refused.";
        }
        String header = challenge;
        return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized", detail,
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, header));
    }

    private static Mono<Void> forbidden(ServerWebExchange exchange, Exception denied) {
        return exchange.getPrincipal()
                .map(principal -> "Signed in as " + principal.getName() + ", without the role this operation needs ("
                        + String.join(", ", Role.names()) + " for the pipeline's API; some operations name one).")
                .defaultIfEmpty("This operation is not allowed.")
                .flatMap(detail -> ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, "Forbidden",
                        denied.getMessage() != null && denied.getMessage().toLowerCase(java.util.Locale.ROOT).contains("csrf")
                                ? "A write on the session cookie needs the CSRF token (header X-CSRF-TOKEN or form field _csrf; GET /api/me/csrf gives it)."
                                : detail,
                        headers -> {}));
    }
}
