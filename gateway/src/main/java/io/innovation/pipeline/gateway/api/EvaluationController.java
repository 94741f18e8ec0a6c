package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.config.Backends;
import io.innovation.pipeline.gateway.config.GatewayProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * People at the gate and the strategy, relayed to evaluation-service, which checks every command by the domain's rules
 * (nobody reviews an own idea, a decision against the policy needs a rationale) and answers once the command's event is
 * published. The caller and roles travel in the identity headers; the roles each route needs are in the security
 * configuration.
 */
@RestController
class EvaluationController {
    private static final String SERVICE = Part.EVALUATION.service();

    private final Backends backends;
    private final GatewayProperties properties;

    EvaluationController(Backends backends, GatewayProperties properties) {
        this.backends = backends;
        this.properties = properties;
    }

    /** A REVIEWER reviews an idea: feasibility, value, risk (1–5) and a comment; a second review replaces the first. */
    @PostMapping("/api/ideas/{id}/reviews")
    Mono<ResponseEntity<byte[]>> review(@PathVariable String id, @RequestBody(required = false) byte[] body) {
        return command(evaluationService().post().uri("/ideas/{id}/reviews", id), body);
    }

    /** A REVIEWER or EXECUTIVE decides: APPROVED, REJECTED, NEEDS_INFO or PARKED; against the policy only with a rationale. */
    @PostMapping("/api/ideas/{id}/decision")
    Mono<ResponseEntity<byte[]>> decide(@PathVariable String id, @RequestBody(required = false) byte[] body) {
        return command(evaluationService().post().uri("/ideas/{id}/decision", id), body);
    }

    /** Every assessment, review and decision of an idea, in order. */
    @GetMapping("/api/ideas/{id}/history")
    Mono<ResponseEntity<byte[]>> history(@PathVariable String id) {
        return read(evaluationService().get().uri("/ideas/{id}/history", id));
    }

    /** The ideas waiting for the caller's review or decision, oldest first, with their age and the policy's reason. */
    @GetMapping("/api/reviews/queue")
    Mono<ResponseEntity<byte[]>> queue() {
        return read(evaluationService().get().uri("/reviews/queue"));
    }

    /** The strategic themes with weight and budget envelopes per period: amount, reserved, remaining. */
    @GetMapping("/api/themes")
    Mono<ResponseEntity<byte[]>> themes() {
        return read(evaluationService().get().uri("/themes"));
    }

    @GetMapping("/api/themes/{id}")
    Mono<ResponseEntity<byte[]>> theme(@PathVariable String id) {
        return read(evaluationService().get().uri("/themes/{id}", id));
    }

    /** An EXECUTIVE or ADMIN sets a theme (name, description, weight 0–1, active); open ideas are re-scored. */
    @PutMapping("/api/themes/{id}")
    Mono<ResponseEntity<byte[]>> setTheme(@PathVariable String id, @RequestBody(required = false) byte[] body) {
        return command(evaluationService().put().uri("/themes/{id}", id), body);
    }

    /** An EXECUTIVE or ADMIN sets a theme's envelope for a period: {@code {"amount": 250000, "currency": "EUR"}}. */
    @PutMapping("/api/themes/{id}/budgets/{period}")
    Mono<ResponseEntity<byte[]>> setBudget(@PathVariable String id, @PathVariable String period,
                                           @RequestBody(required = false) byte[] body) {
        return command(evaluationService().put().uri("/themes/{id}/budgets/{period}", id, period), body);
    }

    /** The open and approved ideas re-ranked under other weights or thresholds, with the decisions that would change. */
    @PostMapping("/api/what-if/scoring")
    Mono<ResponseEntity<byte[]>> whatIf(@RequestBody(required = false) byte[] body) {
        return command(evaluationService().post().uri("/what-if/scoring"), body);
    }

    private WebClient evaluationService() {
        return backends.evaluationService();
    }

    private Mono<ResponseEntity<byte[]>> command(WebClient.RequestBodySpec request, byte[] body) {
        return BackendCalls.relay(SERVICE, request.contentType(MediaType.APPLICATION_JSON).bodyValue(body == null ? new byte[0] : body),
                properties.commandTimeout());
    }

    private Mono<ResponseEntity<byte[]>> read(WebClient.RequestHeadersSpec<?> request) {
        return BackendCalls.relay(SERVICE, request, properties.partTimeout());
    }
}
