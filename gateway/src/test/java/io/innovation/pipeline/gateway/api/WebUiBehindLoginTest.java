package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web UI's static files are the gateway's, served only to a signed-in user; its scripts write with the session's CSRF token. */
class WebUiBehindLoginTest extends GatewayIntegrationTest {

    WebTestClient anonymous() {
        return gateway.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build();
    }

    @Test
    void aBrowserThatIsNotSignedInIsSentToTheLoginPageAndScriptsAreRefused() {
        anonymous().get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/login");
        anonymous().get().uri("/app/main.js").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // the login page's own stylesheet needs no login (a 401 with a Basic challenge made browsers prompt for one)
        anonymous().get().uri("/default-ui.css").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/css");
    }

    @Test
    void aSignedInUserGetsThePageItsModulesAndTheChartLibrary() {
        String page = gateway.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<script type=\"module\" src=\"/app/main.js\"></script>");
        for (String module : new String[] {"/app/main.js", "/app/screens/portfolio.js"}) {
            gateway.get().uri(module).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("text/javascript");
        }
        // the WebJar's version-free path, as the portfolio module imports it
        gateway.get().uri("/webjars/echarts/dist/echarts.esm.min.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript");
    }

    @Test
    void aSessionSignedInOnTheLoginPageLandsOnTheUiAndWritesWithTheTokenFromApiMeCsrf() {
        ideaService.answer("POST", "/ideas", 201, "application/json", IdeaCommandForwardingTest.CREATED, Map.of());
        WebTestClient browser = anonymous();
        EntityExchangeResult<String> loginPage = browser.get().uri("/login").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        Matcher formToken = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.getResponseBody());
        assertThat(formToken.find()).isTrue();
        String session = loginPage.getResponseCookies().getFirst("SESSION").getValue();
        EntityExchangeResult<Void> login = browser.post().uri("/login").cookie("SESSION", session)
                .body(BodyInserters.fromFormData("username", "alice").with("password", "demo").with("_csrf", formToken.group(1)))
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/")
                .expectBody().isEmpty();
        ResponseCookie renewed = login.getResponseCookies().getFirst("SESSION");
        String signedIn = renewed != null ? renewed.getValue() : session;

        JsonNode csrf = JsonMapper.builder().build().readTree(browser.get().uri("/api/me/csrf").cookie("SESSION", signedIn).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(csrf.get("headerName").asString()).isEqualTo("X-CSRF-TOKEN");
        assertThat(csrf.get("parameterName").asString()).isEqualTo("_csrf");

        browser.post().uri("/api/ideas").cookie("SESSION", signedIn)
                .header(csrf.get("headerName").asString(), csrf.get("token").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(IdeaCommandForwardingTest.SUBMISSION)
                .exchange()
                .expectStatus().isCreated();
        assertThat(ideaService.received()).singleElement()
                .satisfies(forwarded -> assertThat(forwarded.headers().getFirst("X-Innovation-User")).isEqualTo("alice"));
    }

    @Test
    void anonymousCallersGetNoCsrfToken() {
        anonymous().get().uri("/api/me/csrf").exchange()
                .expectStatus().isUnauthorized();
    }
}
