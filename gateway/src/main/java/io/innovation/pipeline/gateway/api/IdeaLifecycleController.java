package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.config.Backends;
import io.innovation.pipeline.gateway.config.GatewayProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An idea's life after submission, relayed to idea-service, which decides who may do what (the submitter or an admin
 * edits and withdraws, authors edit their comments, an admin moderates, a reviewer or an admin merges): any signed-in
 * user may ask. The caller reaches
 * idea-service as the identity headers, never in the body; an edit's {@code If-Match} goes along and the answer's
 * {@code ETag} comes back, so a client edits the version it read.
 */
@RestController
class IdeaLifecycleController {
    static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final Backends backends;
    private final GatewayProperties properties;

    IdeaLifecycleController(Backends backends, GatewayProperties properties) {
        this.backends = backends;
        this.properties = properties;
    }

    @Operation(summary = "Edit an idea: the whole editable content, as for a submission (the submitter stays)",
            parameters = @Parameter(name = IF_MATCH, in = ParameterIn.HEADER, required = true,
                    description = "the ETag of the version the edit was made on, e.g. \"3\""),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The idea as edited, with its new ETag"),
                    @ApiResponse(responseCode = "400", description = "The content is not valid: errors[] names each bad field"),
                    @ApiResponse(responseCode = "404", description = "No such idea"),
                    @ApiResponse(responseCode = "409", description = "The idea is withdrawn or merged"),
                    @ApiResponse(responseCode = "412", description = "The idea has another version than If-Match names: read it again"),
                    @ApiResponse(responseCode = "428", description = "If-Match is missing")})
    @PutMapping("/api/ideas/{id}")
    Mono<ResponseEntity<byte[]>> update(@PathVariable String id, @RequestBody(required = false) byte[] body,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return relay(HttpMethod.PUT, body, headers -> set(headers, IF_MATCH, ifMatch), "/ideas/{id}", id);
    }

    @Operation(summary = "Withdraw an idea, with {\"reason\": ...}: its submitter or an admin",
            responses = {@ApiResponse(responseCode = "200", description = "The idea, WITHDRAWN"),
                    @ApiResponse(responseCode = "404", description = "No such idea"),
                    @ApiResponse(responseCode = "409", description = "The idea is withdrawn or merged already")})
    @PostMapping("/api/ideas/{id}/withdrawal")
    Mono<ResponseEntity<byte[]>> withdraw(@PathVariable String id, @RequestBody(required = false) byte[] body) {
        return relay(HttpMethod.POST, body, headers -> { }, "/ideas/{id}/withdrawal", id);
    }

    @Operation(summary = "Merge a duplicate into another idea, with {\"into\": id}: a reviewer or an admin; its voters move to the target",
            responses = {@ApiResponse(responseCode = "200", description = "The duplicate, MERGED, with mergedInto"),
                    @ApiResponse(responseCode = "400", description = "into is missing, not an idea id, or the idea itself"),
                    @ApiResponse(responseCode = "404", description = "No such idea, or no such target"),
                    @ApiResponse(responseCode = "409", description = "The duplicate or the target is withdrawn or merged")})
    @PostMapping("/api/ideas/{id}/merge")
    Mono<ResponseEntity<byte[]>> merge(@PathVariable String id, @RequestBody(required = false) byte[] body) {
        return relay(HttpMethod.POST, body, headers -> { }, "/ideas/{id}/merge", id);
    }

    @Operation(summary = "Vote for an idea: one vote per person, voting again changes nothing",
            responses = {@ApiResponse(responseCode = "200", description = "The idea with its vote count"),
                    @ApiResponse(responseCode = "404", description = "No such idea"),
                    @ApiResponse(responseCode = "409", description = "The idea is withdrawn or merged")})
    @PutMapping("/api/ideas/{id}/vote")
    Mono<ResponseEntity<byte[]>> vote(@PathVariable String id) {
        return relay(HttpMethod.PUT, null, headers -> { }, "/ideas/{id}/vote", id);
    }

    @Operation(summary = "Take back one's vote",
            responses = {@ApiResponse(responseCode = "200", description = "The idea with its vote count"),
                    @ApiResponse(responseCode = "404", description = "No such idea")})
    @DeleteMapping("/api/ideas/{id}/vote")
    Mono<ResponseEntity<byte[]>> withdrawVote(@PathVariable String id) {
        return relay(HttpMethod.DELETE, null, headers -> { }, "/ideas/{id}/vote", id);
    }

    @Operation(summary = "The comments on an idea, oldest first",
            responses = {@ApiResponse(responseCode = "200", description = "The comments"),
                    @ApiResponse(responseCode = "404", description = "No such idea")})
    @GetMapping("/api/ideas/{id}/comments")
    Mono<ResponseEntity<byte[]>> comments(@PathVariable String id) {
        return BackendCalls.relay(Part.IDEA.service(), backends.ideaService().get().uri("/ideas/{id}/comments", id),
                properties.partTimeout());
    }

    @Operation(summary = "Comment on an idea, with {\"text\": ...} (up to 5,000 characters)",
            responses = {@ApiResponse(responseCode = "201", description = "The comment (Location: its address)"),
                    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the comment"),
                    @ApiResponse(responseCode = "400", description = "The text is blank or too long"),
                    @ApiResponse(responseCode = "404", description = "No such idea"),
                    @ApiResponse(responseCode = "409", description = "The idea is withdrawn or merged")})
    @PostMapping("/api/ideas/{id}/comments")
    Mono<ResponseEntity<byte[]>> addComment(@PathVariable String id, @RequestBody(required = false) byte[] body,
                                            @RequestHeader(name = IdeaController.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return relay(HttpMethod.POST, body, headers -> set(headers, IdeaController.IDEMPOTENCY_KEY, idempotencyKey),
                "/ideas/{id}/comments", id);
    }

    @Operation(summary = "Edit one's own comment, with {\"text\": ...}",
            responses = {@ApiResponse(responseCode = "200", description = "The comment as edited"),
                    @ApiResponse(responseCode = "404", description = "No such idea or comment")})
    @PutMapping("/api/ideas/{id}/comments/{commentId}")
    Mono<ResponseEntity<byte[]>> editComment(@PathVariable String id, @PathVariable String commentId,
                                             @RequestBody(required = false) byte[] body) {
        return relay(HttpMethod.PUT, body, headers -> { }, "/ideas/{id}/comments/{commentId}", id, commentId);
    }

    @Operation(summary = "Delete a comment: its author, or an admin moderating",
            responses = {@ApiResponse(responseCode = "204", description = "Deleted"),
                    @ApiResponse(responseCode = "404", description = "No such idea or comment")})
    @DeleteMapping("/api/ideas/{id}/comments/{commentId}")
    Mono<ResponseEntity<byte[]>> deleteComment(@PathVariable String id, @PathVariable String commentId) {
        return relay(HttpMethod.DELETE, null, headers -> { }, "/ideas/{id}/comments/{commentId}", id, commentId);
    }

    /** A command to idea-service: the body (if any) as JSON, bounded by the gateway's request limit. */
    private Mono<ResponseEntity<byte[]>> relay(HttpMethod method, byte[] body, java.util.function.Consumer<HttpHeaders> headers,
                                               String path, Object... variables) {
        long limit = properties.maxRequestBytes().toBytes();
        if (body != null && body.length > limit) {
            return Mono.error(Problems.payloadTooLarge("The request body is larger than " + limit + " bytes."));
        }
        WebClient.RequestBodySpec request = backends.ideaService().method(method).uri(path, variables).headers(headers);
        return BackendCalls.relay(Part.IDEA.service(),
                body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body),
                properties.commandTimeout());
    }

    private static void set(HttpHeaders headers, String name, String value) {
        if (value != null) {
            headers.set(name, value);
        }
    }
}
