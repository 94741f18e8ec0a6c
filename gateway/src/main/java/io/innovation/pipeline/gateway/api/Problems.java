package io.innovation.pipeline.gateway.api;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The gateway's own error answers; Boot's problem-details handler renders them as {@code application/problem+json}. */
final class Problems {

    private Problems() {}

    static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    static ErrorResponseException unavailable(String detail) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail);
    }

    /** The back-end is not being called for now: {@code Retry-After} says when to try again. */
    static ErrorResponseException unavailable(String detail, Duration retryAfter) {
        ErrorResponseException problem = unavailable(detail);
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return problem;
    }

    static ErrorResponseException payloadTooLarge(String detail) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", detail);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }
}
