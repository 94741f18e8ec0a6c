package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.config.Backends;
import io.innovation.pipeline.gateway.config.GatewayProperties;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;

/** "Is this idea already there?": relayed to idea-service, whose every instance holds the whole similarity index. */
@RestController
class SimilarIdeasController {

    private final Backends backends;
    private final GatewayProperties properties;

    SimilarIdeasController(Backends backends, GatewayProperties properties) {
        this.backends = backends;
        this.properties = properties;
    }

    /** The open ideas closest to a title and problem being typed, closest first, each with a score from 0 to 1. */
    @GetMapping("/api/ideas/similar")
    Mono<ResponseEntity<byte[]>> similar(@RequestParam(required = false) String title,
                                         @RequestParam(required = false) String problem,
                                         @RequestParam(required = false) Integer limit) {
        Map<String, Object> query = new HashMap<>();
        return BackendCalls.relay(Part.IDEA.service(), backends.ideaService().get().uri(uri -> {
            UriBuilder path = uri.path("/ideas/similar");
            optional(path, query, "title", title);
            optional(path, query, "problem", problem);
            optional(path, query, "limit", limit);
            return path.build(query);
        }), properties.partTimeout());
    }

    /** The open ideas closest to an existing idea, itself left out. */
    @GetMapping("/api/ideas/{id}/similar")
    Mono<ResponseEntity<byte[]>> similarTo(@PathVariable String id, @RequestParam(required = false) Integer limit) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id));
        return BackendCalls.relay(Part.IDEA.service(), backends.ideaService().get().uri(uri -> {
            UriBuilder path = uri.path("/ideas/{id}/similar");
            optional(path, variables, "limit", limit);
            return path.build(variables);
        }), properties.partTimeout());
    }

    /** A query value is a template variable, so the builder encodes it whole ("R&D" stays one value). */
    private static void optional(UriBuilder uri, Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, "{" + name + "}");
            variables.put(name, value);
        }
    }
}
