package io.innovation.pipeline.roadmap.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.roadmap.domain.Placement;
import io.innovation.pipeline.roadmap.domain.PlanChange;
import io.innovation.pipeline.roadmap.domain.PlanChanges;
import io.innovation.pipeline.roadmap.domain.Quarter;
import io.innovation.pipeline.roadmap.domain.RoadmapCandidate;
import io.innovation.pipeline.roadmap.domain.RoadmapPlan;
import io.innovation.pipeline.roadmap.domain.Scheduler;
import io.innovation.pipeline.roadmap.domain.TeamCapacity;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The single writer of {@code innovation.roadmap.v1}. For each gate decision of a team it updates the team's
 * backlog, re-plans the team and publishes only what changed: scheduled, rescheduled, backlogged.
 */
final class TeamPlanner extends CloudEventProcessor {
    private final RoadmapSettings settings;
    private final Scheduler scheduler = new Scheduler();
    private final CapacityGauges gauges;
    /** The teams this task planned: their gauges go when the task closes. */
    private final Set<String> teams = new HashSet<>();
    private KeyValueStore<String, TeamBacklog> backlogs;
    private KeyValueStore<String, RoadmapItemView> items;
    private KeyValueStore<String, TeamRoadmapView> roadmaps;

    TeamPlanner(CloudEventCodec codec, RoadmapSettings settings, CapacityGauges gauges, PipelineMetrics metrics) {
        super(Topic.EVALUATIONS, codec, metrics); // its records are decisions read from evaluations, re-keyed by team
        this.settings = settings;
        this.gauges = gauges;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        super.init(context);
        backlogs = context.getStateStore(RoadmapTopology.BACKLOGS_STORE);
        items = context.getStateStore(RoadmapTopology.ITEMS_STORE);
        roadmaps = context.getStateStore(RoadmapTopology.ROADMAPS_STORE);
        // after a restart the gauges show the restored plans at once, not only after each team's next decision
        try (var all = roadmaps.all()) {
            all.forEachRemaining(entry -> plan(entry.key, entry.value.utilisation()));
        }
    }

    /** The task lost its partition (a rebalance, a shutdown): its teams' gauges are another instance's now. */
    @Override
    public void close() {
        gauges.forget(teams);
    }

    private void plan(String team, List<TeamRoadmapView.PeriodUtilisation> utilisation) {
        teams.add(team);
        gauges.plan(team, utilisation.stream().collect(Collectors.toMap(
                TeamRoadmapView.PeriodUtilisation::period, TeamRoadmapView.PeriodUtilisation::ratio, Math::max)));
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        if (!EventTypes.IDEA_DECIDED.equals(event.getType())) {
            metrics.ignored(input().topicName(), event.getType());
            return;
        }
        IdeaDecided decision = CloudEventCodec.data(event, IdeaDecided.class);
        String team = decision.team();
        TeamBacklog stored = backlogs.get(team);
        TeamBacklog before = stored == null ? TeamBacklog.empty(team) : stored;
        Quarter decidedIn = Quarter.containing(decision.decidedAt());
        TeamBacklog updated = decision.outcome() == DecisionOutcome.APPROVED
                ? before.with(candidate(decision), decidedIn)
                : before.without(decision.ideaId()).decidedIn(decidedIn);
        if (updated.equals(before)) {
            return; // a redelivered decision: the plan cannot change
        }
        RoadmapPlan published = before.plannedWith() == null ? null : plan(before, before.plannedWith());
        TeamBacklog after = updated.planned(settings.planFor(updated));
        RoadmapPlan next = plan(after, after.plannedWith());
        Instant at = timeOf(record);
        boolean removed = before.contains(decision.ideaId()) && !after.contains(decision.ideaId());
        if (removed) {
            // first the item that left, then the moves it made room for
            emit(Topic.ROADMAP, decision.ideaId(), decision.ideaId(), removal(team, decision, published, at), record);
        }
        for (PlanChange change : PlanChanges.between(published, next)) {
            emit(Topic.ROADMAP, change.ideaId(), change.ideaId(), toEvent(team, change, at), record);
            if (change instanceof PlanChange.ItemScheduled) {
                metrics.scheduled(after.approvedAt(change.ideaId()), at);
            }
        }
        if (removed) {
            items.delete(decision.ideaId());
        }
        saveViews(next, at);
        backlogs.put(team, after);
    }

    /** The item's place in the plan as published, and the decision that took it off, in its own words. */
    private static ItemRemoved removal(String team, IdeaDecided decision, RoadmapPlan published, Instant at) {
        Placement was = published == null ? null : published.placementOf(decision.ideaId()).orElse(null);
        Placement.Scheduled scheduled = was instanceof Placement.Scheduled s ? s : null;
        String place = scheduled == null ? "the backlog" : "the roadmap (" + scheduled.span() + ")";
        String reason = "Off " + place + ": the idea is now " + decision.outcome()
                + (decision.reason() == null || decision.reason().isBlank() ? "." : " (" + decision.reason().strip() + ").");
        return new ItemRemoved(decision.ideaId(), team, decision.title(), scheduled == null ? null : scheduled.start().toString(),
                scheduled == null ? null : scheduled.end().toString(), reason, at, decision.decidedBy());
    }

    private RoadmapPlan plan(TeamBacklog backlog, TeamBacklog.PlannedWith with) {
        return scheduler.plan(backlog.team(), backlog.candidates(), Quarter.parse(with.horizonStart()),
                with.horizonQuarters(), TeamCapacity.of(with.capacityWeeks()));
    }

    private static RoadmapCandidate candidate(IdeaDecided decision) {
        return new RoadmapCandidate(decision.ideaId(), decision.title(), decision.effortWeeks(), decision.priority(),
                decision.decidedAt(), null, List.of(), decision.dependsOn());
    }

    private void saveViews(RoadmapPlan plan, Instant at) {
        List<RoadmapItemView> views = plan.placements().stream().map(p -> view(plan.team(), p, at)).toList();
        views.forEach(view -> items.put(view.ideaId(), view));
        List<TeamRoadmapView.PeriodUtilisation> utilisation = plan.utilisation().stream()
                .map(u -> new TeamRoadmapView.PeriodUtilisation(u.quarter().toString(), u.usedWeeks(), u.capacityWeeks(), u.ratio()))
                .toList();
        plan(plan.team(), utilisation);
        roadmaps.put(plan.team(), new TeamRoadmapView(plan.team(), plan.horizonStart().toString(),
                plan.horizonEnd().toString(), views, utilisation, at));
    }

    private static RoadmapItemView view(String team, Placement placement, Instant at) {
        if (placement instanceof Placement.Scheduled scheduled) {
            return new RoadmapItemView(scheduled.ideaId(), team, scheduled.title(), RoadmapItemView.SCHEDULED,
                    scheduled.start().toString(), scheduled.end().toString(), allocations(scheduled), scheduled.rank(),
                    scheduled.priority(), scheduled.effortWeeks(), scheduled.reason(), at);
        }
        return new RoadmapItemView(placement.ideaId(), team, placement.title(), RoadmapItemView.BACKLOGGED, null, null,
                List.of(), placement.rank(), placement.priority(), placement.effortWeeks(), placement.reason(), at);
    }

    private static Object toEvent(String team, PlanChange change, Instant at) {
        if (change instanceof PlanChange.ItemScheduled scheduled) {
            Placement.Scheduled p = scheduled.placement();
            return new ItemScheduled(p.ideaId(), team, p.title(), p.start().toString(), p.end().toString(), allocations(p),
                    p.effortWeeks(), p.priority(), p.rank(), change.why(), at);
        }
        if (change instanceof PlanChange.ItemRescheduled moved) {
            Placement.Scheduled p = moved.placement();
            return new ItemRescheduled(p.ideaId(), team, p.title(), moved.fromStart().toString(), moved.fromEnd().toString(),
                    p.start().toString(), p.end().toString(), allocations(p), p.effortWeeks(), p.priority(), p.rank(), change.why(), at);
        }
        Placement p = change.placement();
        return new ItemBacklogged(p.ideaId(), team, p.title(), p.effortWeeks(), p.priority(), p.rank(), change.why(), at);
    }

    private static List<PeriodAllocation> allocations(Placement.Scheduled scheduled) {
        return scheduled.allocations().stream().map(a -> new PeriodAllocation(a.quarter().toString(), a.weeks())).toList();
    }
}
