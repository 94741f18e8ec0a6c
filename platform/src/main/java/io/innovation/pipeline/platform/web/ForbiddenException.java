package io.innovation.pipeline.platform.web;

/** The caller may not do this (403), e.g. review an own idea, or lacks the role. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
