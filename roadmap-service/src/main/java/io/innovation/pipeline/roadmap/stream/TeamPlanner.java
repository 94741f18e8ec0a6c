package io.innovation.pipeline.roadmap.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.DeliverItem;
import io.innovation.pipeline.contracts.commands.PinItem;
import io.innovation.pipeline.contracts.commands.SetCapacity;
import io.innovation.pipeline.contracts.commands.StartItem;
import io.innovation.pipeline.contracts.commands.UnpinItem;
import io.innovation.pipeline.contracts.events.CapacitySet;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.events.ItemPinned;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.ItemUnpinned;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.roadmap.domain.Causes;
import io.innovation.pipeline.roadmap.domain.ItemStatus;
import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.domain.Placement;
import io.innovation.pipeline.roadmap.domain.PlanChange;
import io.innovation.pipeline.roadmap.domain.PlannerRules;
import io.innovation.pipeline.roadmap.domain.RoadmapPlan;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The single writer of {@code innovation.roadmap.v1}. It applies each change of a team as it comes (a decision, a
 * re-score, a planner's command) to the team's items and state, and re-plans the team once per interval however
 * many changes came in it; a planner's command re-plans at once, so the planner sees the moves it caused. A
 * re-plan publishes only what changed, each change naming its causes and who made them, and rewrites only the
 * items whose place changed.
 */
final class TeamPlanner extends CloudEventProcessor {
    private final RoadmapSettings settings;
    private final TeamPlans plans;
    private final CapacityGauges gauges;
    /** The teams this task planned: their gauges go when the task closes. */
    private final Set<String> teams = new HashSet<>();
    private TeamItems items;
    private KeyValueStore<String, TeamState> states;

    TeamPlanner(CloudEventCodec codec, RoadmapSettings settings, CapacityGauges gauges, PipelineMetrics metrics) {
        super(Topic.EVALUATIONS, codec, metrics); // its records come from evaluations and roadmap commands, re-keyed by team
        this.settings = settings;
        this.plans = new TeamPlans(settings.planning());
        this.gauges = gauges;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        items = new TeamItems(context.getStateStore(RoadmapTopology.ITEMS_STORE));
        states = context.getStateStore(RoadmapTopology.TEAMS_STORE);
        plans.attach(items, PublishedItems.of(context.getStateStore(RoadmapTopology.PUBLISHED_STORE)));
        // after a restart the gauges show the restored plans at once, not only after each team's next change
        try (var all = states.all()) {
            all.forEachRemaining(entry -> gauge(entry.value));
        }
        context.schedule(settings.replanInterval(), PunctuationType.WALL_CLOCK_TIME, now -> outsideRecord(this::replanChangedTeams));
    }

    /** The task lost its partition (a rebalance, a shutdown): its teams' gauges are another instance's now. */
    @Override
    public void close() {
        gauges.forget(teams);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        String team = record.key();
        switch (event.getType()) {
            case EventTypes.IDEA_DECIDED -> decided(record, team, CloudEventCodec.data(event, IdeaDecided.class));
            case EventTypes.IDEA_ASSESSED -> assessed(record, team, CloudEventCodec.data(event, IdeaAssessed.class));
            case EventTypes.SET_CAPACITY -> setCapacity(record, event, team, CloudEventCodec.data(event, SetCapacity.class));
            case EventTypes.PIN_ITEM -> {
                PinItem pin = CloudEventCodec.data(event, PinItem.class);
                onItem(record, event, team, pin.ideaId(), item -> pin(record, event, item, pin.period()));
            }
            case EventTypes.UNPIN_ITEM -> onItem(record, event, team, CloudEventCodec.data(event, UnpinItem.class).ideaId(),
                    item -> unpin(record, event, item));
            case EventTypes.START_ITEM -> onItem(record, event, team, CloudEventCodec.data(event, StartItem.class).ideaId(),
                    item -> start(record, event, item));
            case EventTypes.DELIVER_ITEM -> onItem(record, event, team, CloudEventCodec.data(event, DeliverItem.class).ideaId(),
                    item -> deliver(record, event, item));
            default -> metrics.ignored(input().topicName(), event.getType());
        }
    }

    // --- decisions and re-scores: applied now, planned with the team's other changes of the interval

    private void decided(Record<String, byte[]> record, String team, IdeaDecided decision) {
        TeamState state = stateOf(team);
        RoadmapItemView item = items.get(team, decision.ideaId());
        boolean ofThisTeam = decision.team().equals(team);
        TeamState after = ofThisTeam ? state.decidedIn(settings.planning().calendar().containing(decision.decidedAt())) : state;
        if (ofThisTeam && decision.outcome() == DecisionOutcome.APPROVED) {
            if (item != null && item.itemStatus() == ItemStatus.DELIVERED) {
                saveIfChanged(state, after);
                return; // delivered stays delivered
            }
            RoadmapItemView approved = item == null ? RoadmapItemView.approved(team, decision, timeOf(record)) : item.reapproved(decision);
            if (approved.equals(item)) {
                saveIfChanged(state, after);
                return; // a decision read again: nothing changes
            }
            items.put(approved);
            states.put(team, after.changed(Causes.approved(decision.ideaId(), decision.decidedBy()), decision.decidedBy(), record.timestamp()));
            return;
        }
        if (item == null || item.itemStatus() == ItemStatus.DELIVERED) {
            saveIfChanged(state, after);
            return;
        }
        // first the item that left, then (when the team is planned) the moves it made room for
        emit(Topic.ROADMAP, decision.ideaId(), decision.ideaId(), removal(team, item, decision, ofThisTeam, timeOf(record)), record);
        items.delete(team, decision.ideaId());
        String cause = ofThisTeam
                ? Causes.leftTheRoadmap(decision.ideaId(), decision.outcome().name(), decision.decidedBy())
                : Causes.movedToTeam(decision.ideaId(), decision.team());
        states.put(team, after.changed(cause, decision.decidedBy(), record.timestamp()));
    }

    private void assessed(Record<String, byte[]> record, String team, IdeaAssessed assessed) {
        RoadmapItemView item = items.get(team, assessed.ideaId());
        if (item == null || item.itemStatus() == ItemStatus.DELIVERED || item.priority() == assessed.priority()) {
            return;
        }
        items.put(item.withPriority(assessed.priority()));
        states.put(team, stateOf(team).changed(Causes.rescored(assessed.ideaId(), item.priority(), assessed.priority()),
                assessed.actor(), record.timestamp()));
    }

    private void saveIfChanged(TeamState before, TeamState after) {
        if (!after.equals(before)) {
            states.put(after.team(), after);
        }
    }

    /** The item's place as published and the decision that took it off, in its own words. */
    private static ItemRemoved removal(String team, RoadmapItemView item, IdeaDecided decision, boolean ofThisTeam, Instant at) {
        String place = item.startPeriod() == null ? "the backlog"
                : "the roadmap (" + (item.startPeriod().equals(item.endPeriod()) ? item.startPeriod() : item.startPeriod() + "–" + item.endPeriod()) + ")";
        String reason = ofThisTeam
                ? "Off " + place + ": the idea is now " + decision.outcome()
                        + (decision.reason() == null || decision.reason().isBlank() ? "." : " (" + decision.reason().strip() + ").")
                : "Off " + place + " of team " + team + ": the idea now belongs to team " + decision.team() + ".";
        return new ItemRemoved(item.ideaId(), team, item.title(), item.startPeriod(), item.endPeriod(), reason, at, decision.decidedBy());
    }

    // --- planner commands: applied to the current plan, then the team is re-planned at once

    private void setCapacity(Record<String, byte[]> record, CloudEvent command, String team, SetCapacity change) {
        Optional<Period> read = period(record, command, team, change.period());
        if (read.isEmpty()) {
            return;
        }
        Period period = read.get();
        double started = plans.items(team).stream().mapToDouble(item -> item.startedWeeksIn(period)).sum();
        Optional<String> refusal = PlannerRules.refuseCapacity(team, period, change.weeks(), started);
        if (refusal.isPresent()) {
            reject(record, command, team, "weeks", refusal.get());
            return;
        }
        String actor = namedActor(command);
        TeamState state = stateOf(team);
        TeamState.CapacitySetting before = state.capacity().get(period.toString());
        double previous = before != null ? before.weeks() : settings.planning().configuredWeeks(team);
        Instant at = timeOf(record);
        emit(Topic.ROADMAP, team, team, new CapacitySet(team, period.toString(), change.weeks(), previous, at, actor), record);
        states.put(team, state.withCapacity(period, change.weeks(), actor, at)
                .changed(Causes.capacity(team, period, previous, change.weeks(), actor), actor, record.timestamp()));
        replan(team, record);
    }

    /** Runs {@code command} on the item as the current plan has it; refused when the idea is not on this team's roadmap. */
    private void onItem(Record<String, byte[]> record, CloudEvent command, String team, String ideaId, Consumer<RoadmapItemView> apply) {
        if (stateOf(team).pending()) {
            replan(team, record); // the command acts on the plan as it stands, not on the one published an interval ago
        }
        RoadmapItemView item = items.get(team, ideaId);
        if (item == null) {
            reject(record, command, ideaId, "ideaId", "is not on the roadmap of team " + team);
            return;
        }
        apply.accept(item);
    }

    private void pin(Record<String, byte[]> record, CloudEvent command, RoadmapItemView item, String periodText) {
        Optional<Period> read = period(record, command, item.ideaId(), periodText);
        if (read.isEmpty()) {
            return;
        }
        Period period = read.get();
        TeamState state = stateOf(item.team());
        Period horizonStart = state.plannedWith() == null ? null : Period.parse(state.plannedWith().horizonStart());
        if (refused(record, command, item, PlannerRules.refusePin(item.itemStatus(), period, horizonStart))) {
            return;
        }
        String actor = namedActor(command);
        RoadmapItemView pinned = item.pinned(period, timeOf(record));
        items.put(pinned);
        emit(Topic.ROADMAP, item.ideaId(), item.ideaId(), new ItemPinned(item.ideaId(), item.team(), item.title(), period.toString(),
                item.startPeriod(), item.endPeriod(), item.dependsOn(), timeOf(record), actor), record);
        changedAndReplanned(record, item.team(), Causes.pinned(item.ideaId(), period, actor), actor);
    }

    private void unpin(Record<String, byte[]> record, CloudEvent command, RoadmapItemView item) {
        Period pinnedTo = item.pinnedTo() == null ? null : Period.parse(item.pinnedTo());
        if (refused(record, command, item, PlannerRules.refuseUnpin(item.itemStatus(), pinnedTo))) {
            return;
        }
        String actor = namedActor(command);
        items.put(item.pinned(null, timeOf(record)));
        emit(Topic.ROADMAP, item.ideaId(), item.ideaId(), new ItemUnpinned(item.ideaId(), item.team(), item.title(),
                item.startPeriod(), item.endPeriod(), item.dependsOn(), timeOf(record), actor), record);
        changedAndReplanned(record, item.team(), Causes.unpinned(item.ideaId(), actor), actor);
    }

    private void start(Record<String, byte[]> record, CloudEvent command, RoadmapItemView item) {
        if (refused(record, command, item, PlannerRules.refuseStart(item.itemStatus()))) {
            return;
        }
        String actor = namedActor(command);
        RoadmapItemView started = item.started(timeOf(record));
        items.put(started);
        emit(Topic.ROADMAP, item.ideaId(), item.ideaId(), new ItemStarted(item.ideaId(), item.team(), item.title(), item.startPeriod(),
                item.endPeriod(), item.allocations(), item.dependsOn(), timeOf(record), actor), record);
        changedAndReplanned(record, item.team(), Causes.started(item.ideaId(), actor), actor);
    }

    private void deliver(Record<String, byte[]> record, CloudEvent command, RoadmapItemView item) {
        if (refused(record, command, item, PlannerRules.refuseDeliver(item.itemStatus()))) {
            return;
        }
        String actor = namedActor(command);
        items.put(item.delivered(timeOf(record)));
        emit(Topic.ROADMAP, item.ideaId(), item.ideaId(), new ItemDelivered(item.ideaId(), item.team(), item.title(),
                item.startPeriod(), item.endPeriod(), timeOf(record), actor), record);
        changedAndReplanned(record, item.team(), Causes.delivered(item.ideaId(), actor), actor);
    }

    private void changedAndReplanned(Record<String, byte[]> record, String team, String cause, String actor) {
        states.put(team, stateOf(team).changed(cause, actor, record.timestamp()));
        replan(team, record);
    }

    /** A period of this roadmap's kind; anything else is refused with the calendar's reason. */
    private Optional<Period> period(Record<String, byte[]> record, CloudEvent command, String subject, String text) {
        try {
            return Optional.of(settings.planning().calendar().parse(text));
        } catch (IllegalArgumentException e) {
            reject(record, command, subject, "period", e.getMessage());
            return Optional.empty();
        }
    }

    private boolean refused(Record<String, byte[]> record, CloudEvent command, RoadmapItemView item, Optional<String> refusal) {
        refusal.ifPresent(why -> reject(record, command, item.ideaId(), "ideaId", item.ideaId() + " " + why));
        return refusal.isPresent();
    }

    private void reject(Record<String, byte[]> record, CloudEvent command, String subject, String field, String message) {
        reject(record, command, Topic.ROADMAP_COMMANDS, subject, List.of(new Violation(field, message)), namedActor(command));
    }

    // --- planning

    /** Every interval: the teams with changes, and the teams whose dependencies on other teams moved. */
    private void replanChangedTeams() {
        try (var all = states.all()) {
            all.forEachRemaining(entry -> {
                TeamState state = plans.withMovedDependencies(entry.value);
                if (state.pending()) {
                    if (state != entry.value) {
                        states.put(state.team(), state); // a dependency on another team moved: a cause of this re-plan
                    }
                    // what a re-plan publishes carries the time of the team's latest change, so a replay publishes the same
                    replan(state.team(), new Record<>(state.team(), null, state.lastChangeAt()));
                }
            });
        }
    }

    private void replan(String team, Record<?, ?> cause) {
        TeamState state = stateOf(team);
        Optional<TeamPlans.Replan> replanned = plans.replan(state);
        if (replanned.isEmpty()) {
            states.put(team, state.planned(state.plannedWith(), state.utilisation(), state.elsewhere(), timeOf(cause)));
            return;
        }
        TeamPlans.Replan replan = replanned.get();
        Instant at = timeOf(cause);
        for (PlanChange change : replan.changes()) {
            RoadmapItemView item = replan.items().get(change.ideaId());
            emit(Topic.ROADMAP, change.ideaId(), change.ideaId(), toEvent(team, item, change, at, state.actor()), cause);
            if (change instanceof PlanChange.ItemScheduled && item.itemStatus() == ItemStatus.PENDING) {
                metrics.scheduled(item.approvedAt(), at);
            }
            items.put(item.placed(change.placement(), change.why(), at));
        }
        TeamState planned = state.planned(replan.plannedWith(), replan.utilisation(), replan.elsewhere(), at);
        states.put(team, planned);
        gauge(planned);
    }

    private TeamState stateOf(String team) {
        TeamState state = states.get(team);
        return state == null ? TeamState.empty(team) : state;
    }

    private void gauge(TeamState state) {
        teams.add(state.team());
        gauges.plan(state.team(), state.utilisation().stream().collect(Collectors.toMap(
                TeamState.PeriodUtilisation::period, TeamState.PeriodUtilisation::ratio, Math::max)));
    }

    private static Object toEvent(String team, RoadmapItemView item, PlanChange change, Instant at, String actor) {
        List<String> dependsOn = item.dependsOn();
        if (change instanceof PlanChange.ItemScheduled scheduled) {
            Placement.Scheduled p = scheduled.placement();
            return new ItemScheduled(p.ideaId(), team, p.title(), p.start().toString(), p.end().toString(),
                    RoadmapItemView.periodAllocations(p.allocations()), p.effortWeeks(), p.priority(), p.rank(), change.why(), at, actor, dependsOn);
        }
        if (change instanceof PlanChange.ItemRescheduled moved) {
            Placement.Scheduled p = moved.placement();
            return new ItemRescheduled(p.ideaId(), team, p.title(), moved.fromStart().toString(), moved.fromEnd().toString(),
                    p.start().toString(), p.end().toString(), RoadmapItemView.periodAllocations(p.allocations()), p.effortWeeks(),
                    p.priority(), p.rank(), change.why(), at, actor, dependsOn);
        }
        Placement p = change.placement();
        return new ItemBacklogged(p.ideaId(), team, p.title(), p.effortWeeks(), p.priority(), p.rank(), change.why(), at, actor, dependsOn);
    }
}
