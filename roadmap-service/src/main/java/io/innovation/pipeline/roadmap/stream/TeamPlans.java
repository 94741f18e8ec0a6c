package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.roadmap.domain.Causes;
import io.innovation.pipeline.roadmap.domain.ExternalItem;
import io.innovation.pipeline.roadmap.domain.ItemStatus;
import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.domain.Placement;
import io.innovation.pipeline.roadmap.domain.PlanChange;
import io.innovation.pipeline.roadmap.domain.PlanChanges;
import io.innovation.pipeline.roadmap.domain.PlanningRules;
import io.innovation.pipeline.roadmap.domain.RoadmapPlan;
import io.innovation.pipeline.roadmap.domain.Scheduler;
import io.innovation.pipeline.roadmap.domain.TeamCapacity;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans one team from what is stored of it: its items, its state and the other teams' published items. The planner
 * uses it to re-plan and publish; the what-if endpoint uses it to show what a change would do, publishing nothing.
 */
public final class TeamPlans {
    private final PlanningRules planning;
    private final Scheduler scheduler = new Scheduler();
    private TeamItems items;
    private PublishedItems published;

    public TeamPlans(PlanningRules planning) {
        this.planning = planning;
    }

    public PlanningRules planning() {
        return planning;
    }

    /**
     * What the team's plan would become with {@code capacity} (capacity set by planners, by period, with the
     * what-if's changes), against the published plan. Nothing is stored or published.
     *
     * @param teamItems the team's items as stored
     * @param published the latest published event data of an item by idea id (the global table), or null
     */
    public List<PlanChange> whatIf(TeamState state, List<RoadmapItemView> teamItems, Function<String, byte[]> published,
                                   Map<Period, Double> capacity, List<String> causes) {
        return plan(state, teamItems, new PublishedItems(published), capacity, causes, 0).map(Replan::changes).orElse(List.of());
    }

    /** A plan and how it differs from the published one. */
    record Replan(List<PlanChange> changes, Map<String, RoadmapItemView> items, TeamState.PlannedWith plannedWith,
                  List<TeamState.PeriodUtilisation> utilisation, Map<String, String> elsewhere) {
    }

    /** Binds to a task's stores. */
    void attach(TeamItems teamItems, PublishedItems publishedItems) {
        this.items = teamItems;
        this.published = publishedItems;
    }

    /** The team's items, delivered ones included. */
    List<RoadmapItemView> items(String team) {
        return items.of(team);
    }

    /** The team planned with its stored state, or empty before its first decision (no horizon yet). */
    Optional<Replan> replan(TeamState state) {
        return plan(state, items(state.team()), published, state.capacityByPeriod(), state.causes(), state.moreCauses());
    }

    /** The state with one more cause for each dependency on another team that moved since the team was planned. */
    TeamState withMovedDependencies(TeamState state) {
        TeamState changed = state;
        for (Map.Entry<String, String> dependency : state.elsewhere().entrySet()) {
            ExternalItem now = published.get(dependency.getKey());
            if (!PublishedItems.standing(now).equals(dependency.getValue())) {
                String team = now == null ? "another team" : now.team();
                changed = changed.changed(Causes.dependencyChanged(dependency.getKey(), team, now == null ? null : now.end()),
                        null, state.lastChangeAt());
            }
        }
        return changed;
    }

    /**
     * @param teamItems the team's items as stored
     * @param capacity  capacity set by planners, by period (the stored one, or a what-if)
     * @param causes    what changed since the published plan, in words: the first ones, and how many more
     */
    Optional<Replan> plan(TeamState state, List<RoadmapItemView> teamItems, PublishedItems publishedItems, Map<Period, Double> capacity,
                          List<String> causes, int moreCauses) {
        if (state.latestDecisionPeriod() == null) {
            return Optional.empty();
        }
        String team = state.team();
        Map<String, RoadmapItemView> live = new LinkedHashMap<>();
        teamItems.stream().filter(item -> item.itemStatus() != ItemStatus.DELIVERED).forEach(item -> live.put(item.ideaId(), item));
        List<List<String>> dependencies = live.values().stream().map(RoadmapItemView::dependsOn).toList();
        Map<String, ExternalItem> elsewhere = publishedItems.around(live.keySet(), dependencies);
        Period horizonStart = planning.horizonStart(Period.parse(state.latestDecisionPeriod()));
        TeamCapacity teamCapacity = planning.capacityOf(team, capacity);
        RoadmapPlan next = scheduler.plan(team, live.values().stream().map(RoadmapItemView::candidate).toList(), horizonStart,
                planning.horizonPeriods(), teamCapacity, elsewhere);
        List<PlanChange> changes = PlanChanges.between(published(state, live), next, causes, moreCauses);
        Map<String, Double> capacityByPeriod = new TreeMap<>();
        teamCapacity.overrides().forEach((period, weeks) -> capacityByPeriod.put(period.toString(), weeks));
        TeamState.PlannedWith with = new TeamState.PlannedWith(horizonStart.toString(), planning.horizonPeriods(),
                teamCapacity.defaultWeeks(), capacityByPeriod);
        List<TeamState.PeriodUtilisation> utilisation = next.utilisation().stream()
                .map(u -> new TeamState.PeriodUtilisation(u.period().toString(), u.usedWeeks(), u.capacityWeeks(), u.ratio()))
                .toList();
        Map<String, String> standing = new HashMap<>();
        dependencies.stream().flatMap(List::stream).filter(id -> !live.containsKey(id))
                .forEach(id -> standing.put(id, PublishedItems.standing(elsewhere.get(id))));
        return Optional.of(new Replan(changes, live, with, utilisation, standing));
    }

    /** The plan as published: each item's place when it was last published, with what the plan was made with. */
    private static RoadmapPlan published(TeamState state, Map<String, RoadmapItemView> live) {
        TeamState.PlannedWith with = state.plannedWith();
        if (with == null) {
            return null;
        }
        Map<Period, Double> capacity = new TreeMap<>();
        with.capacity().forEach((period, weeks) -> capacity.put(Period.parse(period), weeks));
        List<Placement> placements = live.values().stream()
                .map(RoadmapItemView::publishedPlacement)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Placement::rank).thenComparing(Placement::ideaId))
                .collect(Collectors.toList());
        return new RoadmapPlan(state.team(), Period.parse(with.horizonStart()), with.horizonPeriods(),
                new TeamCapacity(with.configuredWeeks(), capacity), placements);
    }
}
