package io.innovation.pipeline.gateway.api;

import static io.innovation.pipeline.gateway.compose.Part.EVALUATION;
import static io.innovation.pipeline.gateway.compose.Part.IDEA;
import static io.innovation.pipeline.gateway.compose.Part.ROADMAP;

import io.innovation.pipeline.gateway.compose.Composition;
import io.innovation.pipeline.gateway.compose.EvaluationPart;
import io.innovation.pipeline.gateway.compose.IdeaPart;
import io.innovation.pipeline.gateway.compose.IdeaView;
import io.innovation.pipeline.gateway.compose.Part;
import io.innovation.pipeline.gateway.compose.PartResult;
import io.innovation.pipeline.gateway.compose.RoadmapPart;
import io.innovation.pipeline.gateway.config.Backends;
import io.innovation.pipeline.gateway.config.GatewayProperties;
import io.innovation.pipeline.gateway.view.ComposedViewCache;
import io.innovation.pipeline.gateway.view.IdeaSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/ideas")
class IdeaController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Backends backends;
    private final GatewayProperties properties;
    private final Map<Part, Counter> partialResponses = new EnumMap<>(Part.class);
    private final ComposedViewCache composed;
    private final Counter composedKept;
    private final Counter composedAsked;

    IdeaController(Backends backends, GatewayProperties properties, ComposedViewCache composed, MeterRegistry meters) {
        this.backends = backends;
        this.properties = properties;
        this.composed = composed;
        this.composedKept = Counter.builder("innovation.gateway.composed.reads").tag("from", "kept")
                .description("Composed idea reads, answered from a kept view (no back-end call) or by asking the back-ends")
                .register(meters);
        this.composedAsked = Counter.builder("innovation.gateway.composed.reads").tag("from", "backends")
                .description("Composed idea reads, answered from a kept view (no back-end call) or by asking the back-ends")
                .register(meters);
        // registered up front so every part shows in Prometheus at 0 before its first outage
        for (Part part : Part.values()) {
            partialResponses.put(part, Counter.builder("innovation.gateway.partial.responses")
                    .description("Composed idea reads answered without this part because its back-end did not answer")
                    .tag("part", part.key())
                    .register(meters));
        }
    }

    /** Forwards the command as is: idea-service validates it, and its answer comes back unchanged. */
    @PostMapping
    Mono<ResponseEntity<byte[]>> submit(
            ServerHttpRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        MediaType contentType = Objects.requireNonNullElse(request.getHeaders().getContentType(), MediaType.APPLICATION_JSON);
        return readLimited(request.getBody())
                .flatMap(body -> BackendCalls.relay(IDEA.service(),
                        backends.ideaService().post().uri("/ideas")
                                .contentType(contentType)
                                .headers(headers -> {
                                    if (idempotencyKey != null) {
                                        headers.set(IDEMPOTENCY_KEY, idempotencyKey);
                                    }
                                })
                                .bodyValue(body),
                        properties.commandTimeout()));
    }

    // GET /api/ideas (the list) is answered from the pipeline view: see PipelineViewController

    /**
     * The kept view while nothing changed the idea since it was composed ({@link ComposedViewCache}); else asks the
     * three back-ends at once (the slowest part is bounded by the part timeout, not the sum of them).
     */
    @GetMapping("/{id}")
    Mono<IdeaView> view(@PathVariable String id) {
        IdeaView kept = composed.get(id);
        if (kept != null) {
            composedKept.increment();
            return Mono.just(kept);
        }
        composedAsked.increment();
        IdeaSummary stamp = composed.stamp(id);
        return Mono.zip(
                        part(IDEA, backends.ideaService().get().uri("/ideas/{id}", id), IdeaPart.class),
                        part(EVALUATION, backends.evaluationService().get().uri("/evaluations/{id}", id), EvaluationPart.class),
                        part(ROADMAP, backends.roadmapService().get().uri("/roadmap/items/{id}", id), RoadmapPart.class))
                .map(parts -> answer(id, Composition.compose(id, parts.getT1(), parts.getT2(), parts.getT3())))
                .doOnNext(view -> composed.keep(id, stamp, view));
    }

    private <T> Mono<PartResult<T>> part(Part part, WebClient.RequestHeadersSpec<?> request, Class<T> type) {
        return BackendCalls.readPart(part.service(), request, type, properties.partTimeout())
                .doOnNext(result -> {
                    if (result instanceof PartResult.Unavailable<T>) {
                        partialResponses.get(part).increment();
                    }
                });
    }

    private static IdeaView answer(String id, Composition composition) {
        if (composition instanceof Composition.View view) {
            return view.view();
        }
        if (composition instanceof Composition.NothingAvailable nothing) {
            throw Problems.unavailable(nothing.detail());
        }
        throw Problems.notFound("There is no idea with id " + id + ".");
    }

    /** The whole body, refused as soon as it passes the limit so that an oversized body is never buffered whole. */
    private Mono<byte[]> readLimited(Flux<DataBuffer> body) {
        long limit = properties.maxRequestBytes().toBytes();
        return DataBufferUtils.join(body, Math.toIntExact(limit))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class,
                        tooLarge -> Problems.payloadTooLarge("The request body is larger than " + limit + " bytes."));
    }
}
