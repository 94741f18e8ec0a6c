package io.innovation.pipeline.gateway.view;

import static io.innovation.pipeline.gateway.view.ViewSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PipelineFoldTest {

    static final Duration H = Duration.ofHours(1);

    @Test
    void aSubmissionGivesTheIdeasFieldsAndStatusSubmitted() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "Dark mode", "web", "alice", List.of("growth", "ux"),
                List.of("mobile"), "30000", 6, T0), T0.plusSeconds(5));

        assertThat(s.id()).isEqualTo("a");
        assertThat(s.title()).isEqualTo("Dark mode");
        assertThat(s.team()).isEqualTo("web");
        assertThat(s.submitter()).isEqualTo("alice");
        assertThat(s.themes()).containsExactly("growth", "ux");
        assertThat(s.primaryTheme()).isEqualTo("growth");
        assertThat(s.tags()).containsExactly("mobile");
        assertThat(s.costAmount()).isEqualByComparingTo(new BigDecimal("30000"));
        assertThat(s.costCurrency()).isEqualTo("EUR");
        assertThat(s.effortWeeks()).isEqualTo(6.0);
        assertThat(s.createdAt()).isEqualTo(T0); // the payload's time wins over the CloudEvent's
        assertThat(s.updatedAt()).isEqualTo(T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.SUBMITTED);
        assertThat(s.statusReason()).isEqualTo("Submitted, waiting for evaluation.");
    }

    @Test
    void anItemTakenOffTheRoadmapLeavesTheDecisionToSpeakAndAWithdrawalOutranksAPlacement() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "x", "web", "alice", List.of(), List.of(), null, 6, T0), T0);
        s = PipelineFold.apply(s, ViewSamples.decided("a", "web", DecisionOutcome.APPROVED, 71, 6, T0.plus(H)), T0);
        s = PipelineFold.apply(s, ViewSamples.scheduled("a", "web", 71, 6, "2026-Q3", T0.plus(H.multipliedBy(2))), T0);
        IdeaSummary scheduled = s;

        IdeaSummary withdrawn = PipelineFold.apply(scheduled, ViewSamples.decided("a", "web", DecisionOutcome.WITHDRAWN, 71, 6,
                T0.plus(H.multipliedBy(3))), T0);
        assertThat(withdrawn.status()).as("before the roadmap takes it off").isEqualTo(PipelineStatus.WITHDRAWN);

        IdeaSummary off = PipelineFold.apply(withdrawn, new ItemRemoved("a", "web", "x", "2026-Q3", "2026-Q3", "Off the roadmap",
                T0.plus(H.multipliedBy(4)), "alice"), T0);
        assertThat(off.status()).isEqualTo(PipelineStatus.WITHDRAWN);
        assertThat(off.roadmapStatus()).isNull();
        assertThat(off.startPeriod()).isNull();
        assertThat(off.allocations()).isEmpty();
        assertThat(off.updatedAt()).isEqualTo(T0.plus(H.multipliedBy(4)));

        IdeaSummary rejectedLater = PipelineFold.apply(PipelineFold.apply(scheduled, ViewSamples.decided("a", "web", DecisionOutcome.REJECTED,
                71, 6, T0.plus(H.multipliedBy(3))), T0), new ItemRemoved("a", "web", "x", "2026-Q3", "2026-Q3", "Off", T0.plus(H.multipliedBy(4)),
                "erin"), T0);
        assertThat(rejectedLater.status()).isEqualTo(PipelineStatus.REJECTED);
    }

    @Test
    void theStagesFollowTheComposedViewsStatusFunction() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "x", "web", "alice", List.of(), List.of(), null, 6, T0), T0);
        s = PipelineFold.apply(s, ViewSamples.assessed("a", "web", 70, T0.plus(H)), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.IN_EVALUATION);
        assertThat(s.priority()).isEqualTo(70.0);
        s = PipelineFold.apply(s, ViewSamples.decided("a", "web", DecisionOutcome.NEEDS_REVIEW, 70, 6, T0.plus(H.multipliedBy(2))), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.IN_EVALUATION);
        assertThat(s.decidedAt()).as("waiting for review is no decision").isNull();
        s = PipelineFold.apply(s, ViewSamples.decided("a", "web", DecisionOutcome.APPROVED, 71, 6, T0.plus(H.multipliedBy(3))), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.APPROVED);
        assertThat(s.statusReason()).isEqualTo("Approved, waiting for a place on the roadmap: because.");
        assertThat(s.decidedAt()).isEqualTo(T0.plus(H.multipliedBy(3)));
        s = PipelineFold.apply(s, ViewSamples.scheduled("a", "web", 71, 6, "2026-Q3", T0.plus(H.multipliedBy(4))), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.SCHEDULED);
        assertThat(s.statusReason()).isEqualTo("Scheduled on the roadmap for 2026-Q3: rank 1.");
        assertThat(s.scheduledAt()).isEqualTo(T0.plus(H.multipliedBy(4)));
        s = PipelineFold.apply(s, ViewSamples.backlogged("a", "web", 71, 6, T0.plus(H.multipliedBy(5))), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.BACKLOGGED);
        assertThat(s.allocations()).isEmpty();
        s = PipelineFold.apply(s, ViewSamples.rescheduled("a", "web", 71, 6, "2026-Q4", T0.plus(H.multipliedBy(6))), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.SCHEDULED);
        assertThat(s.startPeriod()).isEqualTo("2026-Q4");
        assertThat(s.scheduledAt()).as("the first placement counts").isEqualTo(T0.plus(H.multipliedBy(4)));
        assertThat(s.updatedAt()).isEqualTo(T0.plus(H.multipliedBy(6)));
        assertThat(s.createdAt()).isEqualTo(T0);
        assertThat(s.outcome()).isEqualTo("APPROVED");
    }

    @Test
    void aStartedItemIsInProgressAndKeepsItWhenItsSlotIsTrimmedAndADeliveredOneIsDelivered() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "x", "web", "alice", List.of(), List.of(), null, 6, T0), T0);
        s = PipelineFold.apply(s, ViewSamples.decided("a", "web", DecisionOutcome.APPROVED, 71, 6, T0.plus(H)), T0);
        s = PipelineFold.apply(s, ViewSamples.scheduled("a", "web", 71, 6, "2026-Q3", T0.plus(H.multipliedBy(2))), T0);
        List<PeriodAllocation> slot = List.of(new PeriodAllocation("2026-Q3", 6.0));
        s = PipelineFold.apply(s, new ItemStarted("a", "web", "x", "2026-Q3", "2026-Q3", slot, List.of(), T0.plus(H.multipliedBy(3)), "paul"), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.IN_PROGRESS);
        assertThat(s.statusReason()).isEqualTo("In progress for 2026-Q3.");
        assertThat(s.allocations()).isEqualTo(slot);
        s = PipelineFold.apply(s, ViewSamples.rescheduled("a", "web", 71, 6, "2026-Q4", T0.plus(H.multipliedBy(4))), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.IN_PROGRESS);
        s = PipelineFold.apply(s, new ItemDelivered("a", "web", "x", "2026-Q3", "2026-Q3", T0.plus(H.multipliedBy(5)), "paul"), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.DELIVERED);
        assertThat(s.allocations()).as("a delivered item holds no capacity").isEmpty();
        assertThat(s.updatedAt()).isEqualTo(T0.plus(H.multipliedBy(5)));
    }

    @Test
    void votesAreTheTotalTheLastVoteEventStatesAndCommentsAreCounted() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "x", "web", "alice", List.of(), List.of(), null, 6, T0), T0);
        assertThat(s.votes()).isZero();
        assertThat(s.commentCount()).isZero();
        s = PipelineFold.apply(s, ViewSamples.voted("a", 1, "bob", T0.plus(H)), T0);
        s = PipelineFold.apply(s, ViewSamples.voted("a", 2, "carol", T0.plus(H)), T0);
        s = PipelineFold.apply(s, new IdeaVoteWithdrawn("a", 1, "w1", T0.plus(H.multipliedBy(2)), "bob"), T0);
        assertThat(s.votes()).isEqualTo(1);
        // a duplicate's voters bob and carol move here; carol had voted for both, so idea-service counts 2, not 3
        s = PipelineFold.apply(s, new IdeaVotersAbsorbed("a", "dup", 2, "abs", T0.plus(H.multipliedBy(3)), "erin"), T0);
        assertThat(s.votes()).isEqualTo(2);
        s = PipelineFold.apply(s, ViewSamples.commented("a", "c1", T0.plus(H)), T0);
        s = PipelineFold.apply(s, ViewSamples.commented("a", "c2", T0.plus(H)), T0);
        s = PipelineFold.apply(s, ViewSamples.commentDeleted("a", "c1", T0.plus(H.multipliedBy(4))), T0);
        assertThat(s.commentCount()).isEqualTo(1);
        assertThat(s.updatedAt()).isEqualTo(T0.plus(H.multipliedBy(4)));
        assertThat(s.status()).isEqualTo(PipelineStatus.SUBMITTED);
        assertThat(s.ideaStatus()).isEqualTo("OPEN");

        IdeaSummary deletedUnseen = PipelineFold.apply(null, ViewSamples.commentDeleted("b", "c9", T0), T0);
        assertThat(deletedUnseen.commentCount()).as("a deletion whose comment the view never saw").isZero();
    }

    @Test
    void aMergedIdeaIsMergedNotWithdrawnWhateverTheEvaluationAndTheRoadmapSayAfter() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "x", "web", "alice", List.of(), List.of(), null, 6, T0), T0);
        s = PipelineFold.apply(s, ViewSamples.decided("a", "web", DecisionOutcome.APPROVED, 71, 6, T0.plus(H)), T0);
        s = PipelineFold.apply(s, ViewSamples.scheduled("a", "web", 71, 6, "2026-Q3", T0.plus(H.multipliedBy(2))), T0);
        s = PipelineFold.apply(s, ViewSamples.voted("a", 3, "bob", T0.plus(H.multipliedBy(2))), T0);

        s = PipelineFold.apply(s, new IdeaMerged("a", 1, "web", "b", List.of("bob", "carol", "dave"), "m1",
                T0.plus(H.multipliedBy(3)), "erin"), T0);
        assertThat(s.status()).as("before evaluation and roadmap close it").isEqualTo(PipelineStatus.MERGED);
        assertThat(s.statusReason()).isEqualTo("Merged into b as a duplicate.");
        assertThat(s.mergedInto()).isEqualTo("b");
        assertThat(s.votes()).as("idea-service keeps the duplicate's own count").isEqualTo(3);

        s = PipelineFold.apply(s, ViewSamples.decided("a", "web", DecisionOutcome.WITHDRAWN, 71, 6, T0.plus(H.multipliedBy(4))), T0);
        s = PipelineFold.apply(s, new ItemRemoved("a", "web", "x", "2026-Q3", "2026-Q3", "Off", T0.plus(H.multipliedBy(5)), "erin"), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.MERGED);
        assertThat(s.decidedAt()).as("closing the evaluation is no decision").isEqualTo(T0.plus(H));
    }

    @Test
    void aWithdrawalIsWithdrawnAlsoWhenTheIdeaWasNeverEvaluated() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "x", "web", "alice", List.of(), List.of(), null, 6, T0), T0);
        s = PipelineFold.apply(s, new IdeaWithdrawn("a", 1, "web", "not needed", "w", T0.plus(H), "alice"), T0);

        assertThat(s.status()).isEqualTo(PipelineStatus.WITHDRAWN);
        assertThat(s.statusReason()).isEqualTo("Withdrawn.");
        assertThat(s.ideaStatus()).isEqualTo("WITHDRAWN");
        assertThat(s.decidedAt()).isNull();
    }

    @Test
    void anEditChangesTheContentAndAReviewOrCommentEditTheSummaryOnly() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.submitted("a", "x", "web", "alice", List.of("growth"), List.of(), "100", 6, T0), T0);
        IdeaUpdated edit = new IdeaUpdated("a", 2, "identity", ViewSamples.submitted("a", "Dark mode", "identity", "alice",
                List.of("cost"), List.of("ux"), "900", 3, T0).idea(), List.of("title", "team"), true, "u", T0.plus(H), "alice");

        IdeaSummary edited = PipelineFold.apply(s, edit, T0);
        assertThat(edited.title()).isEqualTo("Dark mode");
        assertThat(edited.team()).isEqualTo("identity");
        assertThat(edited.themes()).containsExactly("cost");
        assertThat(edited.costAmount()).isEqualByComparingTo(new BigDecimal("900"));
        assertThat(edited.createdAt()).isEqualTo(T0);
        assertThat(edited.updatedAt()).isEqualTo(T0.plus(H));

        IdeaSummary reviewed = PipelineFold.apply(edited, new IdeaReviewed("a", 2, "rita", 4, 4, 2, "ok", false,
                T0.plus(H.multipliedBy(2)), "rita"), T0);
        assertThat(reviewed).as("a new summary: the idea changed").isNotSameAs(edited);
        assertThat(reviewed).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(edited);
        assertThat(reviewed.updatedAt()).isEqualTo(T0.plus(H.multipliedBy(2)));
    }

    @Test
    void aRejectionIsRejected() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.decided("r", "web", DecisionOutcome.REJECTED, 10, 6, T0), T0);
        assertThat(s.status()).isEqualTo(PipelineStatus.REJECTED);
        assertThat(s.title()).isNull();
        assertThat(s.createdAt()).as("no submission seen yet").isNull();
    }

    @Test
    void somethingElseLeavesTheSummaryAsItWas() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.assessed("a", "web", 1, T0), T0);
        assertThat(PipelineFold.apply(s, "not an event", T0)).isSameAs(s);
        assertThat(PipelineFold.apply(null, 42, T0)).isNull();
    }

    @Test
    void theEventTimeStandsInForAMissingPayloadTime() {
        IdeaSummary s = PipelineFold.apply(null, ViewSamples.assessed("a", "web", 1, null), T0.plus(H));
        assertThat(s.updatedAt()).isEqualTo(T0.plus(H));
    }

    @Test
    void anyInterleavingOfTheThreeTopicsThatKeepsEachTopicsOrderGivesTheSamePicture() {
        qt().withFixedSeed(6L).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            ViewSamples.IdeaLog log = ViewSamples.randomLog(random, "idea");
            IdeaSummary inOrder = ViewSamples.fold(log.all());
            IdeaSummary shuffled = ViewSamples.fold(ViewSamples.interleave(random, log));
            assertThat(shuffled).usingRecursiveComparison().isEqualTo(inOrder);
        });
    }

    @Test
    void theStatusIsAlwaysTheComposedViewsStatusOfTheLastWordOfEachTopic() {
        qt().withFixedSeed(7L).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            ViewSamples.IdeaLog log = ViewSamples.randomLog(new Random(seed), "idea");
            IdeaSummary s = ViewSamples.fold(log.all());
            if (s == null) {
                return;
            }
            Object lastRoadmap = log.roadmap().isEmpty() ? null : log.roadmap().get(log.roadmap().size() - 1);
            PipelineStatus expected;
            if (lastRoadmap instanceof io.innovation.pipeline.contracts.events.ItemBacklogged) {
                expected = PipelineStatus.BACKLOGGED;
            } else if (lastRoadmap != null) {
                expected = PipelineStatus.SCHEDULED;
            } else if (s.outcome() != null && !s.outcome().equals("NEEDS_REVIEW")) {
                expected = PipelineStatus.valueOf(s.outcome());
            } else if (!log.evaluations().isEmpty()) {
                expected = PipelineStatus.IN_EVALUATION;
            } else {
                expected = PipelineStatus.SUBMITTED;
            }
            assertThat(s.status()).isEqualTo(expected);
            assertThat(s.id()).isEqualTo("idea");
            if (s.createdAt() != null) {
                assertThat(s.updatedAt()).isAfterOrEqualTo(s.createdAt());
            }
            if (s.decidedAt() != null && s.createdAt() != null) {
                assertThat(s.decidedAt()).isAfter(s.createdAt());
            }
            if (s.scheduledAt() != null && s.decidedAt() != null) {
                assertThat(s.scheduledAt()).isAfter(s.decidedAt());
            }
        });
    }

    @Test
    void aSummaryRoundTripsThroughTheStoresJson() {
        qt().withFixedSeed(8L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            IdeaSummary s = ViewSamples.fold(ViewSamples.randomLog(new Random(seed), "idea").all());
            if (s != null) {
                assertThat(ViewTopology.read(ViewTopology.write(s))).usingRecursiveComparison().isEqualTo(s);
            }
        });
    }
}
