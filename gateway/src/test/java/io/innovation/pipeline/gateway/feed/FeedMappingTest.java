package io.innovation.pipeline.gateway.feed;

import static io.innovation.pipeline.gateway.compose.PipelineStatus.APPROVED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.BACKLOGGED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.IN_EVALUATION;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.REJECTED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.SCHEDULED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import io.innovation.pipeline.gateway.feed.FeedMapping.Forward;
import io.innovation.pipeline.gateway.feed.FeedMapping.Result;
import io.innovation.pipeline.gateway.feed.FeedMapping.Skip;
import io.innovation.pipeline.gateway.feed.FeedMapping.SkipReason;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class FeedMappingTest {

    static final String IDEA = "8fcc7b9c-bc4b-4d0c-bace-75b8a5986ccd";
    static final Instant EVENT_TIME = Instant.parse("2026-11-25T10:15:31Z");
    static final CloudEventCodec codec = new CloudEventCodec("/test");

    final TeamDirectory teams = new TeamDirectory(100);
    final FeedMapping mapping = new FeedMapping(teams);

    @Test
    void submittedIsSentAsIdeaSubmittedWithTheTitleAndTheSubmitterAsActor() {
        FeedEvent event = forward(codec.event("e-1", IDEA, FeedSamples.submitted(IDEA, "identity"), EVENT_TIME));

        assertThat(event.name()).isEqualTo("idea.submitted");
        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.data()).isEqualTo(new FeedData(IDEA, "identity", SUBMITTED, "Submitted: Self-service password reset",
                java.util.Map.of("title", "Self-service password reset", "version", 1L, "channel", "http"), EVENT_TIME, "alice"));
    }

    @Test
    void assessedIsSentAsIdeaAssessedWithThePriorityAndTheScores() {
        FeedEvent event = forward(codec.event("e-2", IDEA, FeedSamples.assessed(IDEA, "identity"), EVENT_TIME));

        assertThat(event.name()).isEqualTo("idea.assessed");
        assertThat(event.data().status()).isEqualTo(IN_EVALUATION);
        assertThat(event.data().summary()).isEqualTo("Scored: priority 79.38");
        assertThat(event.data().changes()).containsExactly(
                entry("priority", 79.38), entry("rice", 5773.33), entry("wsjf", 5.2), entry("alignment", 1.0));
        assertThat(event.data().actor()).isNull();
    }

    @Test
    void aReviewIsSentAsIdeaReviewedWithTheReviewerAndNoChangeOfStatus() {
        FeedEvent event = forward(codec.event("e-9", IDEA, new IdeaReviewed(IDEA, 1, "rita", 4, 5, 2, "worth it", true,
                EVENT_TIME, "rita"), EVENT_TIME));

        assertThat(event.name()).isEqualTo("idea.reviewed");
        assertThat(event.data().status()).isNull();
        assertThat(event.data().summary()).isEqualTo("Review replaced by rita: feasibility 4, value 5, risk 2");
        assertThat(event.data().changes()).containsExactly(entry("feasibility", 4), entry("value", 5), entry("risk", 2));
        assertThat(event.data().actor()).isEqualTo("rita");
    }

    @ParameterizedTest
    @CsvSource({
            "APPROVED,     APPROVED,      Approved at priority 79.38",
            "REJECTED,     REJECTED,      Rejected at priority 79.38",
            "NEEDS_REVIEW, IN_EVALUATION, Waiting for a reviewer at priority 79.38",
            "NEEDS_INFO,   NEEDS_INFO,    Back to the submitter with questions at priority 79.38",
            "PARKED,       PARKED,        Parked at priority 79.38"})
    void decidedIsSentAsIdeaDecidedWithTheStatusTheOutcomeLeadsTo(DecisionOutcome outcome, PipelineStatus status, String summary) {
        FeedEvent event = forward(codec.event("e-3", IDEA, FeedSamples.decided(IDEA, "identity", outcome), EVENT_TIME));

        assertThat(event.name()).isEqualTo("idea.decided");
        assertThat(event.data().status()).isEqualTo(status);
        assertThat(event.data().summary()).isEqualTo(summary);
        assertThat(event.data().changes()).containsExactly(entry("outcome", outcome.name()), entry("priority", 79.38));
        assertThat(event.data().actor()).isEqualTo("gate-policy");
        assertThat(event.data().team()).isEqualTo("identity");
    }

    @Test
    void scheduledIsSentAsRoadmapItemScheduledWithThePeriods() {
        FeedEvent event = forward(codec.event("e-4", IDEA, FeedSamples.scheduled(IDEA, "identity"), EVENT_TIME));

        assertThat(event.name()).isEqualTo("roadmap.item-scheduled");
        assertThat(event.data().status()).isEqualTo(SCHEDULED);
        assertThat(event.data().summary()).isEqualTo("Scheduled for 2026-Q4–2027-Q1");
        assertThat(event.data().changes()).containsExactly(
                entry("startPeriod", "2026-Q4"), entry("endPeriod", "2027-Q1"), entry("rank", 2));
    }

    @Test
    void rescheduledIsSentAsRoadmapItemRescheduledWithThePeriodsFromAndTo() {
        FeedEvent event = forward(codec.event("e-5", IDEA, FeedSamples.rescheduled(IDEA, "identity"), EVENT_TIME));

        assertThat(event.name()).isEqualTo("roadmap.item-rescheduled");
        assertThat(event.data().status()).isEqualTo(SCHEDULED);
        assertThat(event.data().summary()).isEqualTo("Moved from 2026-Q3 to 2026-Q4");
        assertThat(event.data().changes()).containsExactly(
                entry("fromStartPeriod", "2026-Q3"), entry("fromEndPeriod", "2026-Q3"),
                entry("startPeriod", "2026-Q4"), entry("endPeriod", "2026-Q4"), entry("rank", 3));
    }

    @Test
    void backloggedIsSentAsRoadmapItemBacklogged() {
        FeedEvent event = forward(codec.event("e-6", IDEA, FeedSamples.backlogged(IDEA, "identity"), EVENT_TIME));

        assertThat(event.name()).isEqualTo("roadmap.item-backlogged");
        assertThat(event.data().status()).isEqualTo(BACKLOGGED);
        assertThat(event.data().summary()).isEqualTo("Backlogged: no room on the roadmap yet");
        assertThat(event.data().changes()).containsExactly(entry("rank", 7), entry("priority", 41.0));
    }

    @Test
    void aWithdrawalAndAMergeNameTheirOwnStatuses() {
        FeedEvent withdrawn = forward(codec.event("e-w", IDEA, new IdeaWithdrawn(IDEA, 2, "identity", "the vendor ships it", "c-w",
                EVENT_TIME, "alice"), EVENT_TIME));
        FeedEvent merged = forward(codec.event("e-m", IDEA, new IdeaMerged(IDEA, 2, "identity", "other-idea", List.of("bob", "carol"),
                "c-m", EVENT_TIME, "erin"), EVENT_TIME));

        assertThat(withdrawn.name()).isEqualTo("idea.withdrawn");
        assertThat(withdrawn.data()).isEqualTo(new FeedData(IDEA, "identity", PipelineStatus.WITHDRAWN,
                "Withdrawn: the vendor ships it", java.util.Map.of("reason", "the vendor ships it"), EVENT_TIME, "alice"));
        assertThat(merged.name()).isEqualTo("idea.merged");
        assertThat(merged.data()).isEqualTo(new FeedData(IDEA, "identity", PipelineStatus.MERGED, "Merged into other-idea",
                java.util.Map.of("mergedInto", "other-idea", "voters", 2), EVENT_TIME, "erin"));
    }

    @Test
    void everyKnownEventTypeHasItsOwnName() {
        Set<String> names = Stream.of(
                        FeedSamples.submitted(IDEA, "t"), FeedSamples.assessed(IDEA, "t"),
                        FeedSamples.decided(IDEA, "t", DecisionOutcome.APPROVED), FeedSamples.scheduled(IDEA, "t"),
                        FeedSamples.rescheduled(IDEA, "t"), FeedSamples.backlogged(IDEA, "t"))
                .map(payload -> forward(codec.event(IDEA, payload, EVENT_TIME)).name())
                .collect(Collectors.toSet());

        assertThat(names).containsExactlyInAnyOrder("idea.submitted", "idea.assessed", "idea.decided",
                "roadmap.item-scheduled", "roadmap.item-rescheduled", "roadmap.item-backlogged");
    }

    @Test
    void theEventTimeIsTheCloudEventsTime() {
        FeedEvent event = forward(codec.event(IDEA, FeedSamples.scheduled(IDEA, "identity"), EVENT_TIME));

        assertThat(event.data().time()).isEqualTo(EVENT_TIME).isNotEqualTo(FeedSamples.TIME);
    }

    @Test
    void aTeamMissingFromThePayloadIsTakenFromAnEarlierEventAboutTheIdea() {
        forward(codec.event(IDEA, FeedSamples.submitted(IDEA, "identity"), EVENT_TIME));
        IdeaAssessed withoutTeam = new IdeaAssessed(IDEA, 1, null, null, null, null, 60.0, java.util.List.of(), FeedSamples.TIME);

        FeedEvent event = forward(codec.event(IDEA, withoutTeam, EVENT_TIME));

        assertThat(event.data().team()).isEqualTo("identity");
        assertThat(event.data().changes()).containsExactly(entry("priority", 60.0));
    }

    @Test
    void anIdeaNeverSeenBeforeWithoutATeamHasNoTeam() {
        IdeaAssessed withoutTeam = new IdeaAssessed(IDEA, 1, null, null, null, null, 60.0, java.util.List.of(), FeedSamples.TIME);

        assertThat(forward(codec.event(IDEA, withoutTeam, EVENT_TIME)).data().team()).isNull();
    }

    @Test
    void aFutureTypeOfThePublicNamespaceIsSentUnderANameDerivedFromItsType() {
        CloudEvent started = CloudEventBuilder.v1().withId("e-7").withSource(URI.create("/roadmap-service"))
                .withType("innovation.roadmap.item-archived.v1").withSubject(IDEA)
                .withTime(EVENT_TIME.atOffset(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData("{\"ideaId\":\"%s\",\"team\":\"identity\",\"actor\":\"carol\",\"startedIn\":\"2026-Q4\"}"
                        .formatted(IDEA).getBytes(StandardCharsets.UTF_8))
                .build();

        FeedEvent event = forward(started);

        assertThat(event.name()).isEqualTo("roadmap.item-archived");
        assertThat(event.id()).isEqualTo("e-7");
        assertThat(event.data()).isEqualTo(new FeedData(IDEA, "identity", null, null, null, EVENT_TIME, "carol"));
    }

    @Test
    void startedAndDeliveredItemsAreInProgressAndDeliveredWithThePlannerAsActor() {
        FeedEvent started = forward(codec.event(IDEA, new ItemStarted(IDEA, "identity", "x", "2026-Q4", "2027-Q1",
                List.of(new PeriodAllocation("2026-Q4", 3.0), new PeriodAllocation("2027-Q1", 3.0)), List.of(), EVENT_TIME, "paul"), EVENT_TIME));
        assertThat(started.data().status()).isEqualTo(PipelineStatus.IN_PROGRESS);
        assertThat(started.data().summary()).isEqualTo("Work started (2026-Q4–2027-Q1)");
        assertThat(started.data().actor()).isEqualTo("paul");
        FeedEvent delivered = forward(codec.event(IDEA, new ItemDelivered(IDEA, "identity", "x", "2026-Q4", "2027-Q1", EVENT_TIME, "paul"), EVENT_TIME));
        assertThat(delivered.data().status()).isEqualTo(PipelineStatus.DELIVERED);
    }

    @Test
    void aFutureTypeWithoutAnIdeaIdInItsPayloadIsAboutTheIdeaNamedInItsSubject() {
        forward(codec.event(IDEA, FeedSamples.submitted(IDEA, "identity"), EVENT_TIME));
        CloudEvent event = CloudEventBuilder.v1().withId("e-8").withSource(URI.create("/idea-service"))
                .withType("innovation.idea.voted.v2").withSubject(IDEA).withTime(EVENT_TIME.atOffset(ZoneOffset.UTC))
                .build();

        FeedEvent voted = forward(event);

        assertThat(voted.name()).isEqualTo("idea.voted");
        assertThat(voted.data().ideaId()).isEqualTo(IDEA);
        assertThat(voted.data().team()).isEqualTo("identity");
    }

    @Test
    void aTypeOutsideThePublicNamespaceIsSkipped() {
        CloudEvent foreign = CloudEventBuilder.v1().withId("x").withSource(URI.create("/elsewhere"))
                .withType("com.example.order.placed").withSubject(IDEA).build();

        assertThat(skipReason(mapping.map(foreign))).isEqualTo(SkipReason.UNKNOWN_TYPE);
        assertThat(FeedMapping.eventName("innovation.idea.submitted")).isEmpty();
        assertThat(FeedMapping.eventName("innovation.v1")).isEmpty();
        assertThat(FeedMapping.eventName(null)).isEmpty();
    }

    @Test
    void aKnownTypeWhoseDataIsNotItsRecordIsSkipped() {
        CloudEvent broken = CloudEventBuilder.v1().withId("x").withSource(URI.create("/idea-service"))
                .withType(EventTypes.IDEA_DECIDED).withSubject(IDEA).withDataContentType("application/json")
                .withData("{not json".getBytes(StandardCharsets.UTF_8)).build();
        CloudEvent withoutData = CloudEventBuilder.v1().withId("y").withSource(URI.create("/idea-service"))
                .withType(EventTypes.ITEM_SCHEDULED).withSubject(IDEA).build();
        CloudEvent withoutIdea = CloudEventBuilder.v1().withId("z").withSource(URI.create("/idea-service"))
                .withType(EventTypes.ITEM_BACKLOGGED).withDataContentType("application/json")
                .withData("{\"team\":\"identity\"}".getBytes(StandardCharsets.UTF_8)).build();

        assertThat(skipReason(mapping.map(broken))).isEqualTo(SkipReason.UNREADABLE_DATA);
        assertThat(skipReason(mapping.map(withoutData))).isEqualTo(SkipReason.UNREADABLE_DATA);
        assertThat(skipReason(mapping.map(withoutIdea))).isEqualTo(SkipReason.UNREADABLE_DATA);
    }

    @Test
    void theDataIsSmallJsonWithoutEmptyFields() {
        FeedEvent event = forward(codec.event("e-9", IDEA, FeedSamples.backlogged(IDEA, "identity"), EVENT_TIME));

        String json = JsonMapper.builder().build().writeValueAsString(event.data());

        assertThat(json).isEqualTo("{\"ideaId\":\"%s\",\"team\":\"identity\",\"status\":\"BACKLOGGED\",".formatted(IDEA)
                + "\"summary\":\"Backlogged: no room on the roadmap yet\",\"changes\":{\"rank\":7,\"priority\":41.0},"
                + "\"time\":\"2026-11-25T10:15:31Z\"}");
    }

    @Test
    void theTeamDirectoryForgetsTheLeastRecentlyUsedIdeaBeyondItsCapacity() {
        TeamDirectory small = new TeamDirectory(2);
        small.learn("a", "t1");
        small.learn("b", "t2");
        small.teamOf("a"); // a is now more recent than b
        small.learn("c", "t3");

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.teamOf("a")).isEqualTo("t1");
        assertThat(small.teamOf("b")).isNull();
        assertThat(small.teamOf("c")).isEqualTo("t3");
    }

    private FeedEvent forward(CloudEvent event) {
        Result result = mapping.map(event);
        assertThat(result).isInstanceOf(Forward.class);
        return ((Forward) result).event();
    }

    private static SkipReason skipReason(Result result) {
        assertThat(result).isInstanceOf(Skip.class);
        return ((Skip) result).reason();
    }
}
