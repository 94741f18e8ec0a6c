package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /v3/api-docs lists every route the gateway serves under /api, with its problem answers and the security schemes. */
class ApiDescriptionTest extends GatewayIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document() {
        String json = gateway.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void everyApiRouteIsDescribed() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns().forEach(pattern -> {
            String path = pattern.getPatternString();
            if (!path.startsWith("/api")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                    .forEach(method -> served.add(method.name().toLowerCase(Locale.ROOT) + " " + path));
        }));
        assertThat(served).contains("post /api/ideas", "get /api/ideas", "get /api/ideas/{id}", "get /api/roadmap",
                "get /api/events", "get /api/me", "post /api/ideas/{id}/reviews", "post /api/ideas/{id}/decision",
                "get /api/ideas/{id}/history", "get /api/reviews/queue", "get /api/themes", "put /api/themes/{id}",
                "put /api/themes/{id}/budgets/{period}", "post /api/what-if/scoring");

        JsonNode paths = document().get("paths");
        Set<String> described = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> described.add(method + " " + path.getKey())));
        assertThat(described).containsAll(served);
    }

    @Test
    void swaggerUiIsServedWithoutSigningIn() {
        WebTestClient anonymous = gateway.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build();
        String location = anonymous.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        anonymous.get().uri(location).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void everyApiRouteNamesItsProblemsAndTheSecuritySchemes() {
        JsonNode document = document();
        assertThat(document.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearer/bearerFormat").asString()).isEqualTo("JWT");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            assertThat(responses.has("401")).as(path.getKey()).isTrue();
            assertThat(responses.get("403").has("content")).as(path.getKey()).isTrue();
            assertThat(responses.at("/401/content").has("application/problem+json")).as(path.getKey()).isTrue();
        }));
        JsonNode submit = document.at("/paths/~1api~1ideas/post");
        assertThat(submit.at("/requestBody/content/application~1json/schema/$ref").asString()).endsWith("/SubmitIdea");
        assertThat(submit.get("responses").propertyNames()).contains("201", "400", "401", "403", "409", "413", "415", "429", "503");
        assertThat(document.at("/components/schemas/SubmitIdea/properties").has("submitter")).isTrue();
    }
}
