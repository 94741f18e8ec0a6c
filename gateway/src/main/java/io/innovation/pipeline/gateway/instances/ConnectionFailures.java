package io.innovation.pipeline.gateway.instances;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * What a failed call to a back-end instance tells about the request: whether it can have reached the instance.
 * Netty's connection failures ({@code AnnotatedConnectException} for a refused connection,
 * {@code ConnectTimeoutException}) are {@link ConnectException}s; a host name that does not resolve is an
 * {@link UnknownHostException}. Reactor Netty itself resends a request only when a pooled connection closed
 * before any of it was written.
 */
public final class ConnectionFailures {

    private ConnectionFailures() {}

    /** No connection was made, so the request never left the gateway: it is safe to send it elsewhere. */
    public static boolean neverSent(Throwable error) {
        return causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class);
    }

    /** Any I/O failure: a connection refused or cut, before or after the request was written. */
    public static boolean inputOutput(Throwable error) {
        return causedBy(error, IOException.class);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
