package io.innovation.pipeline.gateway.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewGaugesTest {
    static final Instant NOW = ViewSamples.T0.plus(Duration.ofDays(10));

    final PipelineView view = new PipelineView();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void workInProgressIsCountedPerStageAndTheGateBacklogIsAsOldAsItsEarliestSubmission() {
        ViewGauges.register(view, meters, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(meters.get("innovation.gate.backlog.oldest.age").gauge().value()).as("nobody waits").isZero();

        idea("waiting-long", ViewSamples.T0, DecisionOutcome.NEEDS_REVIEW);
        idea("waiting-short", ViewSamples.T0.plus(Duration.ofDays(9)), DecisionOutcome.NEEDS_REVIEW);
        idea("approved-early", ViewSamples.T0.minus(Duration.ofDays(30)), DecisionOutcome.APPROVED);
        idea("just-submitted", NOW, null);

        assertThat(wip(PipelineStatus.IN_EVALUATION)).isEqualTo(2);
        assertThat(wip(PipelineStatus.APPROVED)).isEqualTo(1);
        assertThat(wip(PipelineStatus.SUBMITTED)).isEqualTo(1);
        assertThat(wip(PipelineStatus.SCHEDULED)).isZero();
        assertThat(meters.get("innovation.gate.backlog.oldest.age").gauge().value()).isEqualTo(Duration.ofDays(10).toSeconds());
    }

    private double wip(PipelineStatus stage) {
        return meters.get("innovation.pipeline.wip").tag("stage", stage.name()).gauge().value();
    }

    private void idea(String id, Instant submittedAt, DecisionOutcome outcome) {
        IdeaSummary summary = PipelineFold.apply(null, ViewSamples.submitted(id, "t", "web", "x", List.of(), List.of(), null, 1,
                submittedAt), submittedAt);
        if (outcome != null) {
            summary = PipelineFold.apply(summary, ViewSamples.decided(id, "web", outcome, 50, 4, submittedAt), submittedAt);
        }
        view.put(summary);
    }
}
