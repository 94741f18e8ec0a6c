package io.innovation.pipeline.platform.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a stream thread that died of an unexpected error, so one transient failure never stops a service,
 * but only a few times within a window: an error that recurs on every attempt (a record that can never be
 * written, say) then shuts the client down, health turns DOWN and operators are alerted instead of the
 * service looping on the same record forever.
 */
public final class BoundedThreadReplacement implements StreamsUncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BoundedThreadReplacement.class);

    private final int maxReplacements;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    public BoundedThreadReplacement(int maxReplacements, Duration window, Clock clock) {
        this.maxReplacements = maxReplacements;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable error) {
        Instant now = clock.instant();
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= maxReplacements) {
            LOG.error("Stream thread failed {} times within {}; shutting the stream client down", recent.size() + 1, window, error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        recent.addLast(now);
        LOG.warn("Stream thread failed; replacing it ({} of {} within {})", recent.size(), maxReplacements, window, error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
