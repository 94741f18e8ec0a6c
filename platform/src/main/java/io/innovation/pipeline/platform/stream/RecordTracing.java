package io.innovation.pipeline.platform.stream;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Trace context through Kafka Streams processors, which no binder observation covers: the span of a record's
 * handling continues the trace its headers carry ({@code traceparent}, W3C; a new trace when they carry none) and
 * is in scope while it is handled, so log lines carry its trace and span ids; every record it emits carries the
 * span on in its headers.
 */
public final class RecordTracing {
    /** No tracer (unit tests, tracing off): spans are no-ops and headers stay as they are. */
    public static final RecordTracing NONE = new RecordTracing(Tracer.NOOP, Propagator.NOOP);

    private static final Propagator.Getter<Headers> FROM_HEADERS = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };
    private static final Propagator.Setter<Headers> TO_HEADERS = (headers, key, value) -> {
        if (headers != null) {
            headers.remove(key);
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    };

    private final Tracer tracer;
    private final Propagator propagator;

    public RecordTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Starts the span of handling a record with {@code headers}, in scope until the returned handle is closed. */
    public Handling start(String name, Headers headers) {
        Span span = propagator.extract(headers, FROM_HEADERS).name(name).kind(Span.Kind.CONSUMER).start();
        return new Handling(span, tracer.withSpan(span));
    }

    /** One record's handling: its span, in scope. */
    public final class Handling implements AutoCloseable {
        private final Span span;
        private final Tracer.SpanInScope scope;

        private Handling(Span span, Tracer.SpanInScope scope) {
            this.span = span;
            this.scope = scope;
        }

        /** Puts this span's context into the headers of a record emitted while handling. */
        public void inject(Headers headers) {
            propagator.inject(span.context(), headers, TO_HEADERS);
        }

        public void error(Throwable error) {
            span.error(error);
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
