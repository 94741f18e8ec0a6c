package io.innovation.pipeline.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BoundedThreadReplacementTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final BoundedThreadReplacement handler = new BoundedThreadReplacement(2, Duration.ofMinutes(10), clock);

    @Test
    void replacesAFewTimesThenShutsTheClientDown() {
        assertThat(handler.handle(new IllegalStateException("1"))).isEqualTo(REPLACE_THREAD);
        assertThat(handler.handle(new IllegalStateException("2"))).isEqualTo(REPLACE_THREAD);
        assertThat(handler.handle(new IllegalStateException("3"))).isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        handler.handle(new IllegalStateException("1"));
        handler.handle(new IllegalStateException("2"));
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(handler.handle(new IllegalStateException("3"))).isEqualTo(REPLACE_THREAD);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
