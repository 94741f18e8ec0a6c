package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.config.Backends;
import io.innovation.pipeline.gateway.config.GatewayProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Roadmaps and the planners who shape them, relayed to roadmap-service, which checks every command by its rules
 * (started work keeps its slot, only a scheduled item starts) and answers once the team is re-planned. The caller
 * and roles travel in the identity headers; writes need PLANNER or ADMIN (the security configuration).
 */
@RestController
class RoadmapController {
    private static final String SERVICE = Part.ROADMAP.service();

    private final Backends backends;
    private final GatewayProperties properties;

    RoadmapController(Backends backends, GatewayProperties properties) {
        this.backends = backends;
        this.properties = properties;
    }

    /** One team's roadmap, or every team's when no team is named. */
    @GetMapping("/api/roadmap")
    Mono<ResponseEntity<byte[]>> roadmap(@RequestParam(required = false) String team) {
        WebClient roadmapService = backends.roadmapService();
        WebClient.RequestHeadersSpec<?> request = team == null
                ? roadmapService.get().uri("/roadmap")
                : roadmapService.get().uri("/roadmap?team={team}", team);
        return read(request);
    }

    /** One idea's place on its team's roadmap, with the reason, its pin and its progress. */
    @GetMapping("/api/roadmap/items/{id}")
    Mono<ResponseEntity<byte[]>> item(@PathVariable String id) {
        return read(backends.roadmapService().get().uri("/roadmap/items/{id}", id));
    }

    /** Every team: configured capacity, the periods planners set (by whom), horizon, use of each period. */
    @GetMapping("/api/teams")
    Mono<ResponseEntity<byte[]>> teams() {
        return read(backends.roadmapService().get().uri("/teams"));
    }

    /** A PLANNER sets a team's capacity for a period: {@code {"weeks": 26}}; the team is re-planned at once. */
    @PutMapping("/api/teams/{team}/capacity/{period}")
    Mono<ResponseEntity<byte[]>> setCapacity(@PathVariable String team, @PathVariable String period,
                                             @RequestBody(required = false) byte[] body) {
        return command(backends.roadmapService().put().uri("/teams/{team}/capacity/{period}", team, period), body);
    }

    /** The moves capacity changes would cause, {@code {"capacity": [{"team", "period", "weeks"}]}}; nothing changes. */
    @PostMapping("/api/roadmap/what-if")
    Mono<ResponseEntity<byte[]>> whatIf(@RequestBody(required = false) byte[] body) {
        return command(backends.roadmapService().post().uri("/roadmap/what-if"), body);
    }

    /** A PLANNER pins an item to start in a period: {@code {"period": "2027-Q2"}}. */
    @PostMapping("/api/roadmap/items/{id}/pin")
    Mono<ResponseEntity<byte[]>> pin(@PathVariable String id, @RequestBody(required = false) byte[] body) {
        return command(backends.roadmapService().post().uri("/roadmap/items/{id}/pin", id), body);
    }

    @DeleteMapping("/api/roadmap/items/{id}/pin")
    Mono<ResponseEntity<byte[]>> unpin(@PathVariable String id) {
        return BackendCalls.relay(SERVICE, backends.roadmapService().delete().uri("/roadmap/items/{id}/pin", id), properties.commandTimeout());
    }

    /** Work on a scheduled item started: it keeps its slot. */
    @PostMapping("/api/roadmap/items/{id}/start")
    Mono<ResponseEntity<byte[]>> start(@PathVariable String id) {
        return command(backends.roadmapService().post().uri("/roadmap/items/{id}/start", id), null);
    }

    /** The item is delivered: it leaves the plan and frees its weeks. */
    @PostMapping("/api/roadmap/items/{id}/deliver")
    Mono<ResponseEntity<byte[]>> deliver(@PathVariable String id) {
        return command(backends.roadmapService().post().uri("/roadmap/items/{id}/deliver", id), null);
    }

    private Mono<ResponseEntity<byte[]>> command(WebClient.RequestBodySpec request, byte[] body) {
        return BackendCalls.relay(SERVICE, request.contentType(MediaType.APPLICATION_JSON).bodyValue(body == null ? new byte[0] : body),
                properties.commandTimeout());
    }

    private Mono<ResponseEntity<byte[]>> read(WebClient.RequestHeadersSpec<?> request) {
        return BackendCalls.relay(SERVICE, request, properties.partTimeout());
    }
}
