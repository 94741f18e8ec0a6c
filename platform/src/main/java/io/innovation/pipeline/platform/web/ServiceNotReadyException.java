package io.innovation.pipeline.platform.web;

/** The service cannot answer yet (streams starting, rebalancing): HTTP 503, try again shortly. */
public class ServiceNotReadyException extends RuntimeException {
    public ServiceNotReadyException(String message) {
        super(message);
    }
}
