package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What every topology records about the records it handles: counters of those it could not process normally, the
 * pipeline's stage durations, and (through {@link #tracing()}) the trace each record continues. Labels are bounded:
 * topics of the catalogue, event types of the contracts (anything else counts as {@code other}), fixed stage names;
 * never an idea id or a free text. Business metrics live with the service whose vocabulary they speak; they
 * register on {@link #registry()}.
 */
public final class PipelineMetrics {
    /** {@code transition} of {@code innovation_pipeline_stage_duration_seconds}: submission to the gate's decision. */
    public static final String SUBMITTED_TO_DECIDED = "submitted_to_decided";
    /** From the gate's approval to being scheduled on the roadmap. */
    public static final String DECIDED_TO_SCHEDULED = "decided_to_scheduled";
    static final String OTHER_TYPE = "other";
    private static final Set<String> KNOWN_TYPES = Set.copyOf(EventTypes.all().values());
    /** Stage durations run from milliseconds (the automatic gate) to weeks (reviews, a full roadmap). */
    private static final Duration[] STAGE_BUCKETS = {
            Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(6),
            Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(90)};

    private final MeterRegistry registry;
    private final RecordTracing tracing;

    public PipelineMetrics(MeterRegistry registry) {
        this(registry, RecordTracing.NONE);
    }

    public PipelineMetrics(MeterRegistry registry, RecordTracing tracing) {
        this.registry = registry;
        this.tracing = tracing;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Spans around each record a processor handles, continuing the trace its headers carry. */
    public RecordTracing tracing() {
        return tracing;
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
                .description("Commands refused with a CommandRejected event, by command type (other: a type the contracts do not know)")
                .tag("type", bounded(commandType))
                .register(registry)
                .increment();
    }

    /** An event of a type this consumer does not handle was skipped (forward compatibility). */
    public void ignored(String sourceTopic, String eventType) {
        Counter.builder("innovation.events.ignored")
                .description("Events of types this consumer does not handle, by type (other: a type the contracts do not know)")
                .tag("topic", sourceTopic)
                .tag("type", bounded(eventType))
                .register(registry)
                .increment();
    }

    /**
     * The gate decided {@code decision} on an idea submitted at {@code submittedAt}. Only a verdict counts: waiting for
     * reviews or for the submitter's answers is no decision yet, and a withdrawal is the submitter's, not the gate's.
     */
    public void decided(IdeaDecided decision, Instant submittedAt) {
        DecisionOutcome outcome = decision.outcome();
        if (outcome == DecisionOutcome.APPROVED || outcome == DecisionOutcome.REJECTED || outcome == DecisionOutcome.PARKED) {
            stageCompleted(SUBMITTED_TO_DECIDED, submittedAt, decision.decidedAt());
        }
    }

    /** An idea approved at {@code decidedAt} was scheduled at {@code scheduledAt} (newly, or out of the backlog). */
    public void scheduled(Instant decidedAt, Instant scheduledAt) {
        stageCompleted(DECIDED_TO_SCHEDULED, decidedAt, scheduledAt);
    }

    private void stageCompleted(String transition, Instant from, Instant to) {
        if (from == null || to == null) {
            return;
        }
        Duration took = Duration.between(from, to);
        Timer.builder("innovation.pipeline.stage.duration")
                .description("Time ideas took from one pipeline stage to the next (event times), by transition")
                .tag("transition", transition)
                .serviceLevelObjectives(STAGE_BUCKETS)
                .register(registry)
                .record(took.isNegative() ? Duration.ZERO : took);
    }

    private static String bounded(String type) {
        return type != null && KNOWN_TYPES.contains(type) ? type : OTHER_TYPE;
    }
}
