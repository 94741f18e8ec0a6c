package io.innovation.pipeline.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.platform.testing.TopologyTests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.otel.bridge.EventPublishingContextWrapper;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A processor continues the trace its input record carries into the records it emits, with the trace id in MDC. */
class RecordTracingTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_SPAN_ID = "00f067aa0ba902b7";
    private static final StreamFunction FUNCTION = new StreamFunction("tracing", Topic.IDEAS,
            List.of(Topic.EVALUATIONS.topicName(), Topic.IDEAS.deadLetterTopicName()));

    /** As Boot wires it: the OTel context storage tells the listener which span is in scope, and it sets MDC. */
    private static final Slf4JEventListener MDC_UPDATES = new Slf4JEventListener();

    static {
        ContextStorage.addWrapper(new EventPublishingContextWrapper(MDC_UPDATES::onEvent));
    }

    private final CloudEventCodec codec = new CloudEventCodec("/test");
    /** The MDC traceId seen inside handle(), one per record. */
    private final List<String> tracesInHandle = new ArrayList<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> input;
    private TestOutputTopic<String, byte[]> output;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        ContextPropagators propagators = ContextPropagators.create(W3CTraceContextPropagator.getInstance());
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build())
                .setPropagators(propagators).build();
        io.opentelemetry.api.trace.Tracer otel = sdk.getTracer("test");
        RecordTracing tracing = new RecordTracing(new OtelTracer(otel, new OtelCurrentTraceContext(), MDC_UPDATES::onEvent),
                new OtelPropagator(propagators, otel));
        PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry(), tracing);
        driver = TopologyTests.driver(FUNCTION, in -> FUNCTION.branches(in.process(() -> new CloudEventProcessor(Topic.IDEAS, codec, metrics) {
            @Override
            protected void handle(Record<String, byte[]> record, CloudEvent event) {
                tracesInHandle.add(MDC.get("traceId"));
                IdeaSubmitted submitted = CloudEventCodec.data(event, IdeaSubmitted.class);
                if (submitted.channel() == null) {
                    throw new IllegalArgumentException("no channel");
                }
                emit(Topic.EVALUATIONS, record.key(), event.getSubject(), submitted, record);
            }
        }, Named.as("tracing"))));
        input = TopologyTests.input(driver, Topic.IDEAS);
        output = TopologyTests.output(driver, Topic.EVALUATIONS);
        deadLetters = TopologyTests.output(driver, Topic.IDEAS.deadLetterTopicName());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void theEmittedEventContinuesTheTraceOfTheRecordThatCausedIt() {
        pipe("http", "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01");

        TestRecord<String, byte[]> emitted = output.readRecord();
        String[] traceparent = traceparent(emitted.headers()).split("-");
        assertThat(traceparent[1]).isEqualTo(TRACE_ID);
        assertThat(traceparent[2]).as("the processor's own span, a child of the input's").isNotEqualTo(PARENT_SPAN_ID);
        assertThat(tracesInHandle).containsExactly(TRACE_ID);
        assertThat(MDC.get("traceId")).as("out of scope after the record").isNull();
    }

    @Test
    void aRecordWithoutTraceContextStartsATraceThatItsOutputsCarry() {
        pipe("http", null);

        String traceId = traceparent(output.readRecord().headers()).split("-")[1];
        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(tracesInHandle).containsExactly(traceId);
    }

    @Test
    void aDeadLetterCarriesTheTraceOfTheRecordItHolds() {
        pipe(null, "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01");

        assertThat(output.isEmpty()).isTrue();
        assertThat(traceparent(deadLetters.readRecord().headers()).split("-")[1]).isEqualTo(TRACE_ID);
    }

    private void pipe(String channel, String traceparent) {
        String id = UUID.randomUUID().toString();
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(
                codec.event(id, new IdeaSubmitted(id, 1, channel, "command", Instant.parse("2026-12-01T10:00:00Z"), null), Instant.now()));
        if (traceparent != null) {
            payload.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        input.pipeInput(new TestRecord<>(id, payload.value(), payload.headers(), Instant.parse("2026-12-01T10:00:01Z")));
    }

    private static String traceparent(Headers headers) {
        Header header = headers.lastHeader("traceparent");
        assertThat(header).as("traceparent header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
