package io.innovation.pipeline.roadmap.stream;

import static io.innovation.pipeline.platform.testing.TopologyTests.pipe;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipeRaw;
import static io.innovation.pipeline.platform.testing.TopologyTests.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.DeliverItem;
import io.innovation.pipeline.contracts.commands.PinItem;
import io.innovation.pipeline.contracts.commands.SetCapacity;
import io.innovation.pipeline.contracts.commands.StartItem;
import io.innovation.pipeline.contracts.events.CapacitySet;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.CommandSender;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.testing.TopologyTests;
import io.innovation.pipeline.roadmap.domain.PeriodCalendar;
import io.innovation.pipeline.roadmap.domain.PeriodKind;
import io.innovation.pipeline.roadmap.domain.PlanningRules;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    static final String D = "dddddddd-0000-4000-8000-000000000004";
    static final Duration INTERVAL = Duration.ofMillis(100);
    /** 20 person-weeks per quarter, 4 quarters: 80 weeks in the horizon. */
    static final RoadmapSettings SETTINGS = new RoadmapSettings(new PlanningRules(PeriodCalendar.QUARTERS, 4, null, 20, Map.of("big", 100.0)), INTERVAL);

    final CloudEventCodec evaluationService = new CloudEventCodec("/evaluation-service");
    final CloudEventCodec planners = new CloudEventCodec("/roadmap-service/http");
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> evaluations;
    TestInputTopic<String, byte[]> commands;
    TestOutputTopic<String, byte[]> roadmap;
    TestOutputTopic<String, byte[]> rejections;
    TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        start(SETTINGS);
    }

    void start(RoadmapSettings settings) {
        driver = TopologyTests.driver(RoadmapTopology.FUNCTION, RoadmapTopology.PUBLISHED_STORE,
                RoadmapTopology.function(new CloudEventCodec("/roadmap-service"), settings, new PipelineMetrics(meters)));
        evaluations = TopologyTests.input(driver, Topic.EVALUATIONS);
        commands = TopologyTests.input(driver, Topic.ROADMAP_COMMANDS);
        roadmap = TopologyTests.output(driver, Topic.ROADMAP);
        rejections = TopologyTests.output(driver, Topic.COMMAND_REJECTIONS);
        deadLetters = TopologyTests.output(driver, Topic.EVALUATIONS.deadLetterTopicName());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    void decide(IdeaDecided decision) {
        pipe(evaluations, decision.ideaId(), evaluationService.event(decision.ideaId(), decision, decision.decidedAt()), decision.decidedAt());
    }

    /** One re-plan interval passes. */
    void interval() {
        driver.advanceWallClockTime(INTERVAL);
    }

    /** A planner's command with its actor; returns the command id. */
    String command(String key, Object command, String actor) {
        String id = UUID.randomUUID().toString();
        CloudEvent event = CloudEventBuilder.v1(planners.event(id, key, command, Decisions.AT.plusSeconds(3600)))
                .withExtension(CommandSender.ACTOR_EXTENSION, actor).build();
        pipe(commands, key, event, Decisions.AT.plusSeconds(3600));
        return id;
    }

    List<CloudEvent> roadmapEvents() {
        return records(roadmap).stream().map(TopologyTests::event).toList();
    }

    List<ItemRescheduled> rescheduled() {
        return roadmapEvents().stream().filter(event -> EventTypes.ITEM_RESCHEDULED.equals(event.getType()))
                .map(event -> CloudEventCodec.data(event, ItemRescheduled.class)).toList();
    }

    RoadmapItemView item(String team, String ideaId) {
        return driver.<String, RoadmapItemView>getKeyValueStore(RoadmapTopology.ITEMS_STORE).get(RoadmapItemView.key(team, ideaId));
    }

    TeamState team(String team) {
        return driver.<String, TeamState>getKeyValueStore(RoadmapTopology.TEAMS_STORE).get(team);
    }

    @Test
    void anApprovedIdeaIsScheduledAtTheNextIntervalWithAReason() {
        decide(Decisions.approved(A, "web", 80, 8));
        assertThat(records(roadmap)).isEmpty();
        assertThat(item("web", A).status()).isEqualTo("PENDING");

        interval();

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_SCHEDULED);
        ItemScheduled scheduled = CloudEventCodec.data(events.get(0), ItemScheduled.class);
        assertThat(scheduled.ideaId()).isEqualTo(A);
        assertThat(scheduled.allocations()).containsExactly(new PeriodAllocation("2027-Q1", 8.0));
        assertThat(scheduled.reason()).contains("2027-Q1");
        assertThat(item("web", A).status()).isEqualTo("SCHEDULED");
        assertThat(team("web").utilisation()).extracting(TeamState.PeriodUtilisation::usedWeeks).containsExactly(8.0, 0.0, 0.0, 0.0);
        // "web" is not among the configured teams (SETTINGS): its series is the bounded "other"
        assertThat(meters.get("innovation.roadmap.capacity.utilisation").tags("team", "other", "period", "2027-Q1").gauge().value())
                .isEqualTo(0.4);
        assertThat(meters.get("innovation.pipeline.stage.duration").tag("transition", "decided_to_scheduled").timer().count())
                .isEqualTo(1);
    }

    @Test
    void theDecisionsOfOneIntervalArePlannedOnceAndOnlyChangesArePublished() {
        decide(Decisions.approved(A, "web", 70, 15));
        decide(Decisions.approved(B, "web", 90, 15));
        interval();

        // planned together: A is published once, where it lands, not first in 2027-Q1 and then moved
        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_SCHEDULED, EventTypes.ITEM_SCHEDULED);
        assertThat(events).extracting(CloudEvent::getSubject).containsExactly(B, A);
        assertThat(CloudEventCodec.data(events.get(1), ItemScheduled.class).allocations())
                .containsExactly(new PeriodAllocation("2027-Q1", 5.0), new PeriodAllocation("2027-Q2", 10.0));

        interval();
        assertThat(records(roadmap)).as("nothing changed, nothing planned").isEmpty();
    }

    @Test
    void anIdeaNoLongerApprovedLeavesAtOnceAndTheItemsAfterItMoveUpNamingTheCause() {
        decide(Decisions.approved(B, "web", 90, 15));
        decide(Decisions.approved(A, "web", 70, 15));
        interval();
        records(roadmap); // B in 2027-Q1, A from 2027-Q1 to 2027-Q2

        decide(Decisions.withdrawn(B, "web", "alice"));
        List<CloudEvent> removal = roadmapEvents();
        assertThat(removal).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_REMOVED);
        ItemRemoved removed = CloudEventCodec.data(removal.get(0), ItemRemoved.class);
        assertThat(removed.wasStart()).isEqualTo("2027-Q1");
        assertThat(removed.actor()).isEqualTo("alice");
        assertThat(removed.reason()).startsWith("Off the roadmap (2027-Q1): the idea is now WITHDRAWN (Withdrawn by alice");
        assertThat(item("web", B)).isNull();

        interval();
        List<CloudEvent> moves = roadmapEvents();
        assertThat(moves).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_RESCHEDULED);
        ItemRescheduled movedUp = CloudEventCodec.data(moves.get(0), ItemRescheduled.class);
        assertThat(movedUp.allocations()).containsExactly(new PeriodAllocation("2027-Q1", 15.0));
        assertThat(movedUp.reason()).contains(B + " left the roadmap (now WITHDRAWN) by alice");
        assertThat(movedUp.actor()).isEqualTo("alice");

        decide(Decisions.withdrawn(B, "web", "alice")); // read again: nothing left to remove
        interval();
        assertThat(records(roadmap)).isEmpty();
    }

    @Test
    void whatDoesNotFitInTheHorizonIsBacklogged() {
        decide(Decisions.approved(A, "web", 90, 70));
        decide(Decisions.approved(B, "web", 50, 20));
        interval();

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_SCHEDULED, EventTypes.ITEM_BACKLOGGED);
        assertThat(CloudEventCodec.data(events.get(1), ItemBacklogged.class).reason()).isNotBlank();
        assertThat(item("web", B).status()).isEqualTo("BACKLOGGED");
    }

    @Test
    void aPlannerCutsCapacityAndTheItemsMoveAtOnceNamingTheCutAndThePlanner() {
        decide(Decisions.approved(A, "web", 90, 15));
        decide(Decisions.approved(B, "web", 70, 5));
        interval();
        records(roadmap); // A and B share 2027-Q1's 20 weeks

        String commandId = command("web", new SetCapacity("web", "2027-Q1", 10), "paul");

        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType)
                .containsExactly(EventTypes.CAPACITY_SET, EventTypes.ITEM_RESCHEDULED, EventTypes.ITEM_RESCHEDULED);
        CapacitySet set = CloudEventCodec.data(events.get(0), CapacitySet.class);
        assertThat(set.previousWeeks()).isEqualTo(20.0);
        assertThat(set.actor()).isEqualTo("paul");
        ItemRescheduled moved = CloudEventCodec.data(events.get(2), ItemRescheduled.class);
        assertThat(moved.ideaId()).isEqualTo(B);
        assertThat(moved.fromStartPeriod()).isEqualTo("2027-Q1");
        assertThat(moved.startPeriod()).isEqualTo("2027-Q2");
        assertThat(moved.reason()).contains("capacity of team web in 2027-Q1 cut from 20 to 10 weeks by paul");
        assertThat(moved.actor()).isEqualTo("paul");
        // every event the command caused names it, so the HTTP request waiting for it finds its answer
        assertThat(events).allSatisfy(event -> assertThat(event.getExtension(CloudEventProcessor.CAUSE_EXTENSION)).isEqualTo(commandId));
        assertThat(team("web").capacity().get("2027-Q1").setBy()).isEqualTo("paul");
    }

    @Test
    void aPinnedItemStaysWhereItIsPinnedWhenHigherPriorityWorkArrives() {
        decide(Decisions.approved(A, "web", 90, 15));
        decide(Decisions.approved(B, "web", 70, 5));
        interval();
        records(roadmap);

        command(B, new PinItem(B, "2027-Q3"), "paul");
        List<CloudEvent> pinned = roadmapEvents();
        assertThat(pinned).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_PINNED, EventTypes.ITEM_RESCHEDULED);
        assertThat(CloudEventCodec.data(pinned.get(1), ItemRescheduled.class).startPeriod()).isEqualTo("2027-Q3");
        assertThat(item("web", B).pinnedTo()).isEqualTo("2027-Q3");

        decide(Decisions.approved(C, "web", 95, 60)); // would take 2027-Q1 to 2027-Q3
        interval();
        assertThat(item("web", B).startPeriod()).isEqualTo("2027-Q3");
        assertThat(item("web", B).endPeriod()).isEqualTo("2027-Q3");
    }

    @Test
    void aStartedItemKeepsItsSlotAndADeliveredOneFreesItsWeeks() {
        decide(Decisions.approved(A, "web", 60, 15));
        interval();
        records(roadmap);

        command(A, new StartItem(A), "paul");
        List<CloudEvent> started = roadmapEvents();
        assertThat(started).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_STARTED);
        assertThat(CloudEventCodec.data(started.get(0), ItemStarted.class).allocations())
                .containsExactly(new PeriodAllocation("2027-Q1", 15.0));

        decide(Decisions.approved(D, "web", 99, 20)); // higher priority, but A is in progress
        interval();
        assertThat(item("web", A).status()).isEqualTo("IN_PROGRESS");
        assertThat(item("web", A).allocations()).containsExactly(new PeriodAllocation("2027-Q1", 15.0));
        assertThat(item("web", D).startPeriod()).isEqualTo("2027-Q1");
        assertThat(item("web", D).allocations()).containsExactly(new PeriodAllocation("2027-Q1", 5.0), new PeriodAllocation("2027-Q2", 15.0));
        records(roadmap);

        command(A, new DeliverItem(A), "paul");
        List<CloudEvent> delivered = roadmapEvents();
        assertThat(delivered).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_DELIVERED, EventTypes.ITEM_RESCHEDULED);
        assertThat(CloudEventCodec.data(delivered.get(0), ItemDelivered.class).actor()).isEqualTo("paul");
        ItemRescheduled movedUp = CloudEventCodec.data(delivered.get(1), ItemRescheduled.class);
        assertThat(movedUp.ideaId()).isEqualTo(D);
        assertThat(movedUp.allocations()).containsExactly(new PeriodAllocation("2027-Q1", 20.0));
        assertThat(movedUp.reason()).contains(A + " delivered by paul");
        assertThat(item("web", A).status()).isEqualTo("DELIVERED");
    }

    @Test
    void commandsThatCannotBeDoneAreRefusedWithReasons() {
        decide(Decisions.approved(A, "web", 90, 70));
        decide(Decisions.approved(B, "web", 50, 20));
        interval();
        command(A, new StartItem(A), "paul");
        records(roadmap);

        command(B, new StartItem(B), "paul"); // backlogged: no slot to start in
        command(C, new PinItem(C, "2027-Q2"), "paul"); // never approved
        command("web", new SetCapacity("web", "2027-Q1", 5), "paul"); // below A's started weeks
        command("web", new SetCapacity("web", "2027-05", 5), "paul"); // a month, but this roadmap plans quarters
        command("web", new SetCapacity("web", "Q1", -1), "paul"); // not what the schema accepts

        List<CommandRejected> rejected = TopologyTests.payloads(rejections, CommandRejected.class);
        assertThat(rejected).hasSize(5);
        assertThat(rejected.get(0).violations().get(0).message()).contains("is backlogged");
        assertThat(rejected.get(1).violations().get(0).message()).contains("is not on any roadmap");
        assertThat(rejected.get(2).violations().get(0).message()).contains("is below the 20 weeks that started work of team web holds in 2027-Q1");
        assertThat(rejected.get(3).violations().get(0).field()).isEqualTo("period");
        assertThat(rejected.get(3).violations().get(0).message()).isEqualTo("is not a period of this roadmap: periods are quarters like 2027-Q1");
        assertThat(rejected.get(4).violations()).extracting(v -> v.field()).contains("period", "weeks");
        assertThat(rejected).allSatisfy(r -> assertThat(r.actor()).isEqualTo("paul"));
        assertThat(records(roadmap)).isEmpty();
    }

    @Test
    void aRoadmapInSprintsPlansTwoWeekPeriodsNamedByTheirFirstIsoWeekAndRefusesOtherPeriods() {
        stop();
        // 4 person-weeks a sprint, 6 sprints; from the default anchor (2024-01-01) a sprint starts on 11 January 2027, week 2
        start(new RoadmapSettings(new PlanningRules(new PeriodCalendar(PeriodKind.SPRINT, PeriodCalendar.DEFAULT_SPRINT_ANCHOR),
                6, null, 4, Map.of()), INTERVAL));
        decide(Decisions.approved(A, "web", 90, 6)); // decided on 15 January 2027
        interval();

        ItemScheduled scheduled = CloudEventCodec.data(roadmapEvents().get(0), ItemScheduled.class);
        assertThat(scheduled.allocations()).containsExactly(new PeriodAllocation("2027-W02", 4.0), new PeriodAllocation("2027-W04", 2.0));
        assertThat(scheduled.reason()).contains("Starts in 2027-W02, the first sprint of the horizon; spans 2027-W02–2027-W04 (4 + 2 weeks)");
        assertThat(team("web").plannedWith().horizonStart()).isEqualTo("2027-W02");
        assertThat(team("web").utilisation()).extracting(TeamState.PeriodUtilisation::period)
                .containsExactly("2027-W02", "2027-W04", "2027-W06", "2027-W08", "2027-W10", "2027-W12");

        command("web", new SetCapacity("web", "2027-Q1", 8), "paul");
        command("web", new SetCapacity("web", "2027-W03", 8), "paul");
        List<CommandRejected> rejected = TopologyTests.payloads(rejections, CommandRejected.class);
        assertThat(rejected).extracting(r -> r.violations().get(0).message()).containsExactly(
                "is not a period of this roadmap: periods are sprints like 2027-W02",
                "is not a sprint of this roadmap: sprints take two weeks, and week 2027-W03 is the second week of the sprint"
                        + " 2027-W02 (sprints start every two weeks from 2024-W01)");

        command("web", new SetCapacity("web", "2027-W04", 0), "paul");
        ItemRescheduled moved = rescheduled().get(0);
        // a slot takes consecutive sprints with room, so A moves past the sprint without capacity
        assertThat(moved.allocations()).containsExactly(new PeriodAllocation("2027-W06", 4.0), new PeriodAllocation("2027-W08", 2.0));
        assertThat(moved.reason()).contains("capacity of team web in 2027-W04 cut from 4 to 0 weeks by paul");
    }

    @Test
    void anItemWaitsForAnotherTeamsItemAndFollowsItWhenItSlips() {
        decide(Decisions.approved(A, "api", 90, 20));
        interval(); // A in 2027-Q1 on team api's roadmap; the roadmap topic comes back as the global table
        decide(Decisions.approved(C, "web", 80, 10, A));
        interval();
        assertThat(item("web", C).startPeriod()).isEqualTo("2027-Q2");
        assertThat(item("web", C).reason()).contains(A).contains("api");
        records(roadmap);

        command("api", new SetCapacity("api", "2027-Q1", 0), "paul"); // A slips to 2027-Q2
        interval(); // team web sees it on its next interval
        List<ItemRescheduled> moves = rescheduled();
        assertThat(moves).extracting(ItemRescheduled::ideaId).containsExactly(A, C);
        assertThat(moves.get(1).startPeriod()).isEqualTo("2027-Q3");
        assertThat(moves.get(1).reason()).contains(A + " of team api now ends in 2027-Q2");
    }

    @Test
    void anEditThatMovesAnIdeaToAnotherTeamTakesItOffTheOldTeamsRoadmap() {
        decide(Decisions.approved(A, "web", 80, 8));
        interval();
        records(roadmap);

        IdeaDecided moved = Decisions.approved(A, "api", 80, 8);
        decide(moved);
        interval();
        List<CloudEvent> events = roadmapEvents();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_REMOVED, EventTypes.ITEM_SCHEDULED);
        assertThat(CloudEventCodec.data(events.get(0), ItemRemoved.class).team()).isEqualTo("web");
        assertThat(CloudEventCodec.data(events.get(0), ItemRemoved.class).reason()).contains("now belongs to team api");
        assertThat(CloudEventCodec.data(events.get(1), ItemScheduled.class).team()).isEqualTo("api");
        assertThat(item("web", A)).isNull();
    }

    @Test
    void aReScoreReplansTheTeam() {
        decide(Decisions.approved(A, "web", 90, 15));
        decide(Decisions.approved(B, "web", 70, 15));
        interval();
        records(roadmap);

        IdeaAssessed rescored = new IdeaAssessed(B, 1, "web", null, null, null, 95, List.of(), Decisions.AT.plusSeconds(60), "evaluation-service");
        pipe(evaluations, B, evaluationService.event(B, rescored, rescored.assessedAt()), rescored.assessedAt());
        interval();
        List<ItemRescheduled> moves = rescheduled();
        assertThat(moves).extracting(ItemRescheduled::ideaId).containsExactlyInAnyOrder(A, B);
        assertThat(moves).allSatisfy(move -> assertThat(move.reason()).contains(B + " re-scored from 70 to 95"));
    }

    @Test
    void garbageIsDeadLetteredWithoutStoppingTheStream() {
        pipeRaw(evaluations, A, "not json at all".getBytes(StandardCharsets.UTF_8), Decisions.AT);
        decide(Decisions.approved(A, "web", 80, 8));
        interval();
        assertThat(records(deadLetters)).hasSize(1);
        assertThat(roadmapEvents()).extracting(CloudEvent::getType).containsExactly(EventTypes.ITEM_SCHEDULED);
    }

    @Test
    void replayingTheSameLogGivesTheSamePlanAndTheSameEvents() {
        List<IdeaDecided> decisions = List.of(Decisions.approved(A, "web", 70, 15), Decisions.approved(B, "web", 90, 30),
                Decisions.approved(C, "web", 60, 40, A));
        decisions.forEach(this::decide);
        interval();
        command("web", new SetCapacity("web", "2027-Q2", 5), "paul");
        List<RoadmapItemView> first = List.of(item("web", A), item("web", B), item("web", C));
        List<TestRecord<String, byte[]>> firstRecords = records(roadmap);
        List<String> firstEvents = firstRecords.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        List<String> firstIds = firstRecords.stream().map(r -> TopologyTests.event(r).getId()).toList();

        stop();
        start();
        decisions.forEach(this::decide);
        interval();
        command("web", new SetCapacity("web", "2027-Q2", 5), "paul");
        assertThat(List.of(item("web", A), item("web", B), item("web", C))).isEqualTo(first);
        List<TestRecord<String, byte[]>> replayed = records(roadmap);
        assertThat(replayed.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList()).isEqualTo(firstEvents);
        // and the same ids, so consumers can de-duplicate what a replay publishes again
        assertThat(replayed.stream().map(r -> TopologyTests.event(r).getId()).toList()).isEqualTo(firstIds);
    }

    @Test
    void aMoveCausedByManyChangesNamesTheFirstAndCountsTheRest() {
        decide(Decisions.approved(A, "web", 50, 10));
        interval();
        records(roadmap);

        List<String> newcomers = List.of("e0000000-0000-4000-8000-000000000001", "e0000000-0000-4000-8000-000000000002",
                "e0000000-0000-4000-8000-000000000003", "e0000000-0000-4000-8000-000000000004", "e0000000-0000-4000-8000-000000000005");
        newcomers.forEach(id -> decide(Decisions.approved(id, "web", 90, 4))); // together they fill 2027-Q1
        interval();

        assertThat(rescheduled()).singleElement().satisfies(moved -> assertThat(moved.reason()).endsWith(" (" + newcomers.get(0)
                + " approved by policy; " + newcomers.get(1) + " approved by policy; " + newcomers.get(2)
                + " approved by policy; and 2 more changes)."));
    }

    @Test
    void whatEachIntervalPublishesHasIdsOfItsOwn() {
        List<String> ids = new ArrayList<>();
        for (String id : List.of(A, B, C, D)) { // each higher than the last: every interval moves the ones before
            decide(Decisions.approved(id, "web", 60 + ids.size(), 15));
            interval();
            roadmapEvents().forEach(event -> ids.add(event.getId()));
        }
        assertThat(ids).hasSizeGreaterThan(4).doesNotHaveDuplicates();
    }

    @Test
    void decisionsReadAgainOnTopOfTheirStatePublishNothing() {
        List<IdeaDecided> decisions = List.of(Decisions.approved(A, "web", 70, 15), Decisions.approved(B, "web", 90, 30),
                Decisions.rejected(C, "web"));
        decisions.forEach(this::decide);
        interval();
        assertThat(roadmapEvents()).isNotEmpty();

        decisions.forEach(this::decide);
        interval();
        assertThat(roadmapEvents()).isEmpty();
    }
}
