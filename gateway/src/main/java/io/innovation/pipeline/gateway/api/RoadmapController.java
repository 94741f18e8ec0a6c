package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.config.Backends;
import io.innovation.pipeline.gateway.config.GatewayProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
class RoadmapController {

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
        return BackendCalls.relay(Part.ROADMAP.service(), request, properties.partTimeout());
    }
}
