package io.innovation.pipeline.roadmap.stream;

import static io.innovation.pipeline.platform.testing.TopologyTests.pipe;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipeRaw;
import static io.innovation.pipeline.platform.testing.TopologyTests.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.testing.TopologyTests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoadmapTopologyTest {
    static final String A = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String B = "bbbbbbbb-0000-4000-8000-000000000002";
    static final String C = "cccccccc-0000-4000-8000-000000000003";
    /** 20 person-weeks per quarter, 4 quarters: 80 weeks in the horizon. */
    static final RoadmapSettings SETTINGS = new RoadmapSettings(4, null, 20, Map.of("big", 100.0));

    final CloudEventCodec evaluationService = new CloudEventCodec("/evaluation-service");
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> evaluations;
    TestOutputTopic<String, byte[]> roadmap;
    TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        driver = TopologyTests.driver(RoadmapTopology.FUNCTION, RoadmapTopology.function(new CloudEventCodec("/roadmap-service"), SETTINGS, new PipelineMetrics(meters)));
        evaluations = TopologyTests.input(driver, Topic.EVALUATIONS);
        roadmap = TopologyTests.output(driver, Topic.ROADMAP);
        deadLetters = TopologyTests.output(driver, Topic.EVALUATIONS.deadLetterTopicName());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    void decide(IdeaDecided decision) {
        pipe(evaluations, decision.ideaId(), evaluationService.event(decision.ideaId(), decision, decision.decidedAt()), decision.decidedAt());
    }

    List<CloudEvent> roadmapEvents() {
        return records(roadmap).stream().map(TopologyTests::event).toList();
    }

    @Test
    void anApprovedIdeaIsScheduledInTheEarliestQuarterWithAReason() {
        decide(Decisions.approved(A, "web", 80, 8));

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_SCHEDULED);
        ItemScheduled scheduled = CloudEventCodec.data(events.get(0), ItemScheduled.class);
        assertThat(scheduled.ideaId()).isEqualTo(A);
        assertThat(scheduled.startPeriod()).isEqualTo("2027-Q1");
        assertThat(scheduled.allocations()).containsExactly(new PeriodAllocation("2027-Q1", 8.0));
        assertThat(scheduled.reason()).contains("2027-Q1");

        RoadmapItemView item = driver.<String, RoadmapItemView>getKeyValueStore(RoadmapTopology.ITEMS_STORE).get(A);
        assertThat(item.status()).isEqualTo(RoadmapItemView.SCHEDULED);
        TeamRoadmapView team = driver.<String, TeamRoadmapView>getKeyValueStore(RoadmapTopology.ROADMAPS_STORE).get("web");
        assertThat(team.utilisation()).extracting(TeamRoadmapView.PeriodUtilisation::usedWeeks).containsExactly(8.0, 0.0, 0.0, 0.0);
        // "web" is not among the configured teams (SETTINGS): its series is the bounded "other"
        assertThat(meters.get("innovation.roadmap.capacity.utilisation").tags("team", "other", "period", "2027-Q1").gauge().value())
                .isEqualTo(0.4);
        assertThat(meters.find("innovation.roadmap.capacity.utilisation").tag("team", "web").gauges()).isEmpty();
        assertThat(meters.get("innovation.pipeline.stage.duration").tag("transition", "decided_to_scheduled").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aHigherPriorityIdeaPushesALowerOneLaterAndOnlyChangesArePublished() {
        decide(Decisions.approved(A, "web", 70, 15));
        decide(Decisions.approved(B, "web", 90, 15));

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType)
                .containsExactly(EventTypes.ITEM_SCHEDULED, EventTypes.ITEM_SCHEDULED, EventTypes.ITEM_RESCHEDULED);
        assertThat(CloudEventCodec.data(events.get(1), ItemScheduled.class).ideaId()).isEqualTo(B);
        ItemRescheduled moved = CloudEventCodec.data(events.get(2), ItemRescheduled.class);
        assertThat(moved.ideaId()).isEqualTo(A);
        assertThat(moved.fromStartPeriod()).isEqualTo("2027-Q1");
        assertThat(moved.allocations()).containsExactly(new PeriodAllocation("2027-Q1", 5.0), new PeriodAllocation("2027-Q2", 10.0));
        assertThat(moved.reason()).isNotBlank();
    }

    @Test
    void anIdeaNoLongerApprovedLeavesTheRoadmapNamingWhyAndWhoAndTheItemsAfterItMoveUp() {
        decide(Decisions.approved(B, "web", 90, 15));
        decide(Decisions.approved(A, "web", 70, 15));
        records(roadmap); // scheduled B in 2027-Q1, A from 2027-Q1 to 2027-Q2

        decide(Decisions.withdrawn(B, "web", "alice"));

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_REMOVED, EventTypes.ITEM_RESCHEDULED);
        ItemRemoved removed = CloudEventCodec.data(events.get(0), ItemRemoved.class);
        assertThat(removed.ideaId()).isEqualTo(B);
        assertThat(removed.wasStart()).isEqualTo("2027-Q1");
        assertThat(removed.actor()).isEqualTo("alice");
        assertThat(removed.reason()).startsWith("Off the roadmap (2027-Q1): the idea is now WITHDRAWN (Withdrawn by alice");
        ItemRescheduled movedUp = CloudEventCodec.data(events.get(1), ItemRescheduled.class);
        assertThat(movedUp.ideaId()).isEqualTo(A);
        assertThat(movedUp.allocations()).containsExactly(new PeriodAllocation("2027-Q1", 15.0));
        assertThat(driver.<String, RoadmapItemView>getKeyValueStore(RoadmapTopology.ITEMS_STORE).get(B)).isNull();

        decide(Decisions.withdrawn(B, "web", "alice")); // delivered again: nothing left to remove
        assertThat(records(roadmap)).isEmpty();
    }

    @Test
    void whatDoesNotFitInTheHorizonIsBacklogged() {
        decide(Decisions.approved(A, "web", 90, 70));
        decide(Decisions.approved(B, "web", 50, 20));

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_SCHEDULED, EventTypes.ITEM_BACKLOGGED);
        ItemBacklogged backlogged = CloudEventCodec.data(events.get(1), ItemBacklogged.class);
        assertThat(backlogged.ideaId()).isEqualTo(B);
        assertThat(backlogged.reason()).isNotBlank();
        assertThat(driver.<String, RoadmapItemView>getKeyValueStore(RoadmapTopology.ITEMS_STORE).get(B).status())
                .isEqualTo(RoadmapItemView.BACKLOGGED);
    }

    @Test
    void rejectionsAndRedeliveriesPublishNothingAndTeamsArePlannedApart() {
        decide(Decisions.approved(A, "web", 80, 8));
        decide(Decisions.approved(A, "web", 80, 8));
        decide(Decisions.rejected(C, "web"));
        decide(Decisions.approved(B, "big", 80, 90));

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getSubject).containsExactly(A, B);
        assertThat(CloudEventCodec.data(events.get(1), ItemScheduled.class).allocations())
                .containsExactly(new PeriodAllocation("2027-Q1", 90.0));
    }

    @Test
    void assessmentsAreIgnoredAndGarbageIsDeadLetteredWithoutStoppingTheStream() {
        pipeRaw(evaluations, A, "not json at all".getBytes(StandardCharsets.UTF_8), Decisions.AT);
        decide(Decisions.approved(A, "web", 80, 8));
        assertThat(records(deadLetters)).hasSize(1);
        assertThat(roadmapEvents()).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_SCHEDULED);
    }

    @Test
    void replayingTheSameDecisionsGivesTheSameRoadmap() {
        List<IdeaDecided> decisions = List.of(Decisions.approved(A, "web", 70, 15), Decisions.approved(B, "web", 90, 30),
                Decisions.approved(C, "web", 60, 40, A));
        decisions.forEach(this::decide);
        TeamRoadmapView first = driver.<String, TeamRoadmapView>getKeyValueStore(RoadmapTopology.ROADMAPS_STORE).get("web");
        List<CloudEvent> firstEvents = roadmapEvents();

        stop();
        start();
        decisions.forEach(this::decide);
        TeamRoadmapView replayed = driver.<String, TeamRoadmapView>getKeyValueStore(RoadmapTopology.ROADMAPS_STORE).get("web");
        assertThat(replayed).isEqualTo(first);
        assertThat(first.items()).extracting(RoadmapItemView::ideaId).containsExactly(B, A, C);
        // the same input positions give the same events with the same ids, so consumers can de-duplicate
        assertThat(roadmapEvents()).extracting(CloudEvent::getId).isEqualTo(firstEvents.stream().map(CloudEvent::getId).toList());
    }

    @Test
    void decisionsDeliveredAgainOnTopOfTheirStatePublishNothing() {
        List<IdeaDecided> decisions = List.of(Decisions.approved(A, "web", 70, 15), Decisions.approved(B, "web", 90, 30),
                Decisions.rejected(C, "web"));
        decisions.forEach(this::decide);
        assertThat(roadmapEvents()).isNotEmpty();

        decisions.forEach(this::decide);
        assertThat(roadmapEvents()).isEmpty();
    }
}
