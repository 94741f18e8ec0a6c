package io.innovation.pipeline.gateway.apidoc;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): springdoc reads the
 * routes from the controllers; this adds what the controllers do not say: the security schemes (HTTP Basic
 * for the demo users, bearer JWT from an OIDC provider), the request of {@code POST /api/ideas}, and on every
 * {@code /api} route the problem+json answers the gateway gives (401, 403, 429, 503, and the command refusals).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM = "application/problem+json";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI pipelineApi() {
        return new OpenAPI()
                .info(new Info().title("Innovation Pipeline gateway").version("v1")
                        .description("The front door of the Innovation Pipeline: submit ideas, read them composed from "
                                + "the back-ends, read roadmaps, follow the live feed. Every refusal is "
                                + "application/problem+json (RFC 9457). Locally sign in with HTTP Basic as a demo user "
                                + "(alice, rita, paul, erin, admin; password demo); in production with a bearer JWT."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("the local demo users (off when an issuer is configured)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("a JWT from the configured OIDC issuer; roles from the configured claim")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return OpenApiConfiguration::describe;
    }

    static void describe(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas("Problem", problemSchema());
        ModelConverters.getInstance().readAll(SubmitIdea.class).forEach(components::addSchemas);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.addApiResponse("401", problem("Not signed in, or the credentials were refused")
                .addHeaderObject("WWW-Authenticate", new Header().description("Basic (demo users) or Bearer (JWT)").schema(new StringSchema())));
        responses.addApiResponse("403", problem("Signed in without the role the operation needs"));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS;
        if (write) {
            responses.addApiResponse("429", problem("Too many writes by this user").addHeaderObject("Retry-After",
                    new Header().description("seconds until the next write is allowed").schema(new IntegerSchema())));
        }
        if (!path.equals("/api/me")) {
            responses.addApiResponse("503", problem("A back-end could not be reached or did not answer in time"));
        }
        if (path.equals("/api/ideas") && method == PathItem.HttpMethod.POST) {
            operation.summary("Submit an idea; the submitter is the signed-in user (an ADMIN may name another)");
            operation.requestBody(new RequestBody().required(true)
                    .content(new Content().addMediaType("application/json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/SubmitIdea")))));
            responses.remove("200");
            responses.addApiResponse("201", json("The idea was stored (Location: /api/ideas/{id})", new ObjectSchema()));
            responses.addApiResponse("200", json("A retry with the same Idempotency-Key: the idea as stored", new ObjectSchema()));
            responses.addApiResponse("202", json("Accepted; readable at Location shortly", new ObjectSchema()));
            responses.addApiResponse("400", problem("The idea is not valid: errors[] names each bad field"));
            responses.addApiResponse("409", problem("Refused against the idea's state, or an Idempotency-Key reused for other content"));
            responses.addApiResponse("413", problem("The body is too large"));
            responses.addApiResponse("415", problem("The body is not JSON"));
        }
        if (path.equals("/api/ideas/{id}")) {
            responses.addApiResponse("404", problem("No such idea"));
        }
        if (path.equals("/api/ideas") && method == PathItem.HttpMethod.GET) {
            responses.addApiResponse("200", json("The ideas", new ArraySchema().items(new ObjectSchema())));
        }
        if (path.equals("/api/roadmap")) {
            responses.addApiResponse("200", json("The roadmap of one team, or of every team", new ObjectSchema()));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static ApiResponse json(String description, Schema<?> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema violation = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        Schema problem = new ObjectSchema().description("RFC 9457 problem details");
        Map.of("type", new StringSchema(), "title", new StringSchema(), "detail", new StringSchema(),
                        "instance", new StringSchema().description("the path the client called"))
                .forEach(problem::addProperty);
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("errors", new ArraySchema().items(violation).description("400: each bad field"));
        return problem;
    }
}
