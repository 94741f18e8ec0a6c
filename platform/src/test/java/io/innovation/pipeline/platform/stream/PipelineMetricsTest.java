package io.innovation.pipeline.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipelineMetricsTest {
    static final Instant SUBMITTED = Instant.parse("2026-12-01T10:00:00Z");

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PipelineMetrics metrics = new PipelineMetrics(meters);

    @Test
    void aGateDecisionRecordsTheTimeSinceSubmissionButANeedsReviewDoesNot() {
        metrics.decided(decision(DecisionOutcome.NEEDS_REVIEW, SUBMITTED.plusSeconds(1)), SUBMITTED);
        metrics.decided(decision(DecisionOutcome.APPROVED, SUBMITTED.plusSeconds(3 * 3600)), SUBMITTED);

        Timer timer = meters.get("innovation.pipeline.stage.duration").tag("transition", PipelineMetrics.SUBMITTED_TO_DECIDED).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.HOURS)).isEqualTo(3.0);
    }

    @Test
    void stageDurationsFallIntoBucketsFromMillisecondsToWeeks() {
        metrics.scheduled(SUBMITTED, SUBMITTED.plusMillis(50));
        metrics.scheduled(SUBMITTED, SUBMITTED.plusSeconds(10 * 86400));
        metrics.scheduled(SUBMITTED, SUBMITTED.minusSeconds(5)); // clocks disagree: counted as no time, not negative

        Timer timer = meters.get("innovation.pipeline.stage.duration").tag("transition", PipelineMetrics.DECIDED_TO_SCHEDULED).timer();
        List<CountAtBucket> buckets = Arrays.asList(timer.takeSnapshot().histogramCounts());
        assertThat(buckets).extracting(b -> b.bucket(TimeUnit.SECONDS)).contains(0.1, 86400.0 * 7, 86400.0 * 14);
        assertThat(buckets).filteredOn(b -> b.bucket(TimeUnit.SECONDS) == 0.1).extracting(CountAtBucket::count).containsExactly(2.0);
        assertThat(buckets).filteredOn(b -> b.bucket(TimeUnit.SECONDS) == 86400.0 * 7).extracting(CountAtBucket::count).containsExactly(2.0);
        assertThat(buckets).filteredOn(b -> b.bucket(TimeUnit.SECONDS) == 86400.0 * 14).extracting(CountAtBucket::count).containsExactly(3.0);
    }

    @Test
    void typeLabelsAreTheContractsTypesOrOther() {
        metrics.rejected(EventTypes.SUBMIT_IDEA);
        metrics.rejected("com.example.anything-a-producer-writes." + System.nanoTime());
        metrics.ignored("innovation.ideas.v1", "free text from a producer");
        metrics.rejected(null);

        assertThat(meters.find("innovation.command.rejections").counters()).extracting(c -> c.getId().getTag("type"))
                .containsExactlyInAnyOrder(EventTypes.SUBMIT_IDEA, PipelineMetrics.OTHER_TYPE);
        assertThat(meters.get("innovation.command.rejections").tag("type", PipelineMetrics.OTHER_TYPE).counter().count()).isEqualTo(2);
        assertThat(meters.get("innovation.events.ignored").tag("type", PipelineMetrics.OTHER_TYPE).counter().count()).isEqualTo(1);
    }

    private static IdeaDecided decision(DecisionOutcome outcome, Instant at) {
        return new IdeaDecided("idea", 1, "title", "web", outcome, "reason", "policy", 50, 4, List.of(), at);
    }
}
