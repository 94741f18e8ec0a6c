package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.compose.PartResult;
import io.innovation.pipeline.gateway.config.BackendBreakers;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The two ways the gateway calls a back-end: relaying its answer unchanged, or reading it as one part of a view. */
final class BackendCalls {

    private static final Logger log = LoggerFactory.getLogger(BackendCalls.class);

    /** Passed on with a relayed answer; framing and hop-by-hop headers belong to the gateway's own response. */
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG);

    /** The gateway serves a back-end's path P as /api + P, so a back-end's Location is rewritten the same way. */
    private static final String API_PREFIX = "/api";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackendCalls() {}

    /**
     * Answers with the back-end's status, body and content type (problem+json included); a back-end that cannot
     * be reached (on any of its instances the load balancer tried) or does not answer in time gives 503, and so
     * does one whose circuit breaker is open (with {@code Retry-After}). The timeout bounds the whole call,
     * retries included. The body is read whole within it, so a back-end that stalls half-way never leaves a client
     * with a truncated 200.
     */
    static Mono<ResponseEntity<byte[]>> relay(String service, WebClient.RequestHeadersSpec<?> request, Duration timeout) {
        return request.exchangeToMono(answer -> answer.toEntity(byte[].class)
                        .map(entity -> ResponseEntity.status(entity.getStatusCode())
                                .headers(headers -> relayHeaders(entity.getHeaders(), headers))
                                .body(relayBody(entity.getHeaders(), entity.getBody(), answer.request().getURI().getRawPath()))))
                .timeout(timeout)
                .onErrorMap(error -> error instanceof BackendBreakers.Open open
                        ? Problems.unavailable(service + " is not being called for now: too many of its recent calls failed.",
                                open.retryAfter())
                        : Problems.unavailable(service + " " + describe(service, error, timeout) + "."));
    }

    /**
     * Never fails: a failure, a timeout, an error status, an open circuit breaker or an answer that cannot be read
     * as {@code type} (a required field missing) becomes {@link PartResult.Unavailable}.
     */
    static <T> Mono<PartResult<T>> readPart(String service, WebClient.RequestHeadersSpec<?> request, Class<T> type,
                                            Duration timeout) {
        return request.exchangeToMono(response -> toPart(service, response, type))
                .timeout(timeout)
                .onErrorResume(error -> Mono.just(new PartResult.Unavailable<>(describe(service, error, timeout))));
    }

    private static <T> Mono<PartResult<T>> toPart(String service, ClientResponse response, Class<T> type) {
        if (response.statusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
            return response.releaseBody().thenReturn(new PartResult.Absent<>());
        }
        if (!response.statusCode().is2xxSuccessful()) {
            String cause = "answered " + response.statusCode().value();
            log.warn("{} {}", service, cause);
            return response.releaseBody().thenReturn(new PartResult.Unavailable<>(cause));
        }
        return response.bodyToMono(type)
                .<PartResult<T>>map(PartResult.Present::new)
                .defaultIfEmpty(new PartResult.Unavailable<>("answered without a body"));
    }

    /**
     * A problem's {@code instance} is the path the client called: the back-end's path P becomes /api + P, as the
     * Location header does; a problem without one gets /api + the path the gateway called. Anything else passes
     * unchanged.
     */
    private static byte[] relayBody(HttpHeaders headers, byte[] body, String calledPath) {
        if (body == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(headers.getContentType())) {
            return body;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem instanceof ObjectNode object) {
                String instance = problem.path("instance").stringValue("");
                object.put("instance", API_PREFIX + (instance.startsWith("/") ? instance : calledPath));
                return JSON.writeValueAsBytes(object);
            }
        } catch (JacksonException e) {
            log.warn("A back-end's problem answer is not JSON; relayed as it is: {}", e.getMessage());
        }
        return body;
    }

    private static void relayHeaders(HttpHeaders from, HttpHeaders to) {
        RELAYED_HEADERS.forEach(name -> {
            List<String> values = from.get(name);
            if (values != null) {
                to.addAll(name, values);
            }
        });
        URI location = from.getLocation();
        if (location != null) {
            to.setLocation(URI.create(API_PREFIX + location.getRawPath()));
        }
    }

    /** Logs the failure with its technical cause and describes it for clients without internal addresses. */
    private static String describe(String service, Throwable failure, Duration timeout) {
        Throwable error = lastAttempt(failure);
        String description = error instanceof TimeoutException ? "did not answer within " + timeout.toMillis() + " ms"
                : error instanceof WebClientRequestException ? "could not be reached"
                : error instanceof BackendBreakers.Open ? "is not being called for now: too many of its recent calls failed"
                : error instanceof DecodingException ? "answered in a form the gateway cannot read"
                : "failed";
        log.warn("{} {}: {}", service, description, error.toString());
        return description;
    }

    /** When every instance was tried, the load balancer's retries end with the failure of the last attempt, wrapped. */
    private static Throwable lastAttempt(Throwable error) {
        Throwable failure = error;
        while (Exceptions.isRetryExhausted(failure) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }
}
