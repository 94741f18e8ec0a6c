package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.gateway.compose.PipelineStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * The pipeline as operators watch it, from the view that holds every idea (each gateway instance holds the whole
 * view, so every instance reports the same values: aggregate with max, not sum):
 * <ul>
 *   <li>{@code innovation_pipeline_wip{stage}}: ideas in each stage (status) now;</li>
 *   <li>{@code innovation_gate_backlog_oldest_age_seconds}: how long the earliest submitted of the ideas waiting
 *       for the gate's decision (scored, or waiting for reviewers: IN_EVALUATION) has been in the pipeline; 0
 *       when none waits.</li>
 * </ul>
 */
final class ViewGauges {
    static final PipelineStatus AT_THE_GATE = PipelineStatus.IN_EVALUATION;

    private ViewGauges() {
    }

    static void register(PipelineView view, MeterRegistry meters, Clock clock) {
        for (PipelineStatus status : PipelineStatus.values()) {
            Gauge.builder("innovation.pipeline.wip", view, v -> v.count(status))
                    .description("Ideas in each stage of the pipeline now (every gateway instance reports all of them)")
                    .tag("stage", status.name())
                    .register(meters);
        }
        Gauge.builder("innovation.gate.backlog.oldest.age", view, v -> oldestAgeSeconds(v, clock))
                .description("Time since submission of the earliest submitted idea still waiting for the gate's decision (0: none waits)")
                .baseUnit("seconds")
                .register(meters);
    }

    static double oldestAgeSeconds(PipelineView view, Clock clock) {
        return view.earliestCreated(AT_THE_GATE)
                .map(created -> Math.max(0, Duration.between(created, clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
