package io.innovation.pipeline.platform.web;

/** The request body is larger than the configured limit: HTTP 413. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
    }
}
