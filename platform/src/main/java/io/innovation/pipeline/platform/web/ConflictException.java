package io.innovation.pipeline.platform.web;

/** The request contradicts current state (for example an idempotency key reused for other content): HTTP 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
