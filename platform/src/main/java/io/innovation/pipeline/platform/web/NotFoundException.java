package io.innovation.pipeline.platform.web;

/** An unknown id: HTTP 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
