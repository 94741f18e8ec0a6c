package io.innovation.pipeline.platform.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters every topology keeps about records it could not process normally. Business metrics live with the
 * service whose vocabulary they speak; they register on {@link #registry()}.
 */
public final class PipelineMetrics {
    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** A record that is not a readable CloudEvent, or could not be handled, went to {@code <topic>.dlq}. */
    public void deadLettered(String sourceTopic) {
        Counter.builder("innovation.dead.letters")
                .description("Records moved to a dead-letter topic because they could not be read or handled")
                .tag("topic", sourceTopic)
                .register(registry)
                .increment();
    }

    /** A well-formed command was refused with a CommandRejected event. */
    public void rejected(String commandType) {
        Counter.builder("innovation.command.rejections")
                .description("Commands refused with a CommandRejected event")
                .tag("type", commandType == null ? "unknown" : commandType)
                .register(registry)
                .increment();
    }

    /** An event of a type this consumer does not handle was skipped (forward compatibility). */
    public void ignored(String sourceTopic, String eventType) {
        Counter.builder("innovation.events.ignored")
                .description("Events of types this consumer does not handle")
                .tag("topic", sourceTopic)
                .tag("type", eventType)
                .register(registry)
                .increment();
    }
}
