package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.commands.SetCapacity;
import io.innovation.pipeline.contracts.events.CapacitySet;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.platform.stream.CommandSender;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.platform.web.CommandRequests;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import io.innovation.pipeline.roadmap.domain.Causes;
import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.domain.PeriodCalendar;
import io.innovation.pipeline.roadmap.domain.Placement;
import io.innovation.pipeline.roadmap.domain.PlanChange;
import io.innovation.pipeline.roadmap.domain.PlanningRules;
import io.innovation.pipeline.roadmap.stream.RoadmapItemView;
import io.innovation.pipeline.roadmap.stream.TeamPlans;
import io.innovation.pipeline.roadmap.stream.TeamState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Teams and their capacity: every team with the capacity it plans with and how much of it is used; planners set a
 * period's capacity (the team is re-planned at once) or ask what a change would do first.
 */
@RestController
class TeamController {
    private static final String PLANNER = "PLANNER";

    private final RoadmapReads reads;
    private final CommandSender commands;
    private final TeamPlans plans;

    TeamController(RoadmapReads reads, CommandSender commands, TeamPlans plans) {
        this.reads = reads;
        this.commands = commands;
        this.plans = plans;
    }

    /** One team: its configured capacity, the periods planners set, its horizon and the use of each period. */
    record TeamResponse(String team, double configuredCapacityWeeks, List<CapacityResponse> capacity, String horizonStart,
                        Integer horizonPeriods, List<TeamRoadmapResponse.PeriodUtilisation> utilisation) {
    }

    record CapacityResponse(String period, double weeks, String setBy, Instant setAt) {
    }

    record TeamsResponse(List<TeamResponse> teams) {
    }

    /** A capacity the planner set, and the one it replaced. */
    record CapacitySetResponse(String team, String period, double weeks, double previousWeeks, Instant setAt, String setBy) {
    }

    /** One move that a what-if would cause: {@code change} is SCHEDULED, RESCHEDULED or BACKLOGGED. */
    record WhatIfChange(String ideaId, String team, String title, String change, String fromStart, String fromEnd, String toStart,
                        String toEnd, String reason) {
    }

    record WhatIfResponse(List<WhatIfChange> changes) {
    }

    @GetMapping("/teams")
    TeamsResponse teams() {
        PlanningRules planning = plans.planning();
        Map<String, TeamState> states = new TreeMap<>();
        reads.teams().forEach(state -> states.put(state.team(), state));
        TreeSet<String> names = new TreeSet<>(planning.teamCapacityWeeks().keySet());
        names.addAll(states.keySet());
        return new TeamsResponse(names.stream().map(team -> {
            TeamState state = states.get(team);
            List<CapacityResponse> capacity = state == null ? List.of() : state.capacity().entrySet().stream()
                    .map(e -> new CapacityResponse(e.getKey(), e.getValue().weeks(), e.getValue().setBy(), e.getValue().setAt()))
                    .toList();
            TeamState.PlannedWith with = state == null ? null : state.plannedWith();
            return new TeamResponse(team, planning.configuredWeeks(team), capacity, with == null ? null : with.horizonStart(),
                    with == null ? null : with.horizonPeriods(),
                    state == null ? List.of() : state.utilisation().stream().map(TeamRoadmapResponse.PeriodUtilisation::of).toList());
        }).toList());
    }

    @PutMapping("/teams/{team}/capacity/{period}")
    CapacitySetResponse setCapacity(@PathVariable String team, @PathVariable String period, @RequestBody(required = false) JsonNode body,
                                    @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                    @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) throws InterruptedException {
        Caller caller = CommandRequests.caller(user, roles, PLANNER, Caller.ADMIN);
        SetCapacity change = CommandRequests.command(SetCapacity.class, body, Map.of("team", team, "period", period));
        requirePeriod(plans.planning().calendar(), change.period());
        CapacitySet set = CloudEventCodec.data(commands.send(team, change, caller.user(),
                event -> EventTypes.CAPACITY_SET.equals(event.getType())), CapacitySet.class);
        return new CapacitySetResponse(set.team(), set.period(), set.weeks(), set.previousWeeks(), set.setAt(), set.actor());
    }

    /** {@code {"capacity":[{"team":"web","period":"2027-Q1","weeks":26}]}}: the moves those capacities would cause. */
    @PostMapping("/roadmap/what-if")
    WhatIfResponse whatIf(@RequestBody(required = false) JsonNode body,
                          @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                          @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) {
        Caller caller = Caller.from(user, roles).orElseThrow(Caller::missing);
        Map<String, List<SetCapacity>> byTeam = new LinkedHashMap<>();
        for (SetCapacity change : changes(body, plans.planning().calendar())) {
            byTeam.computeIfAbsent(change.team(), team -> new ArrayList<>()).add(change);
        }
        List<WhatIfChange> moves = new ArrayList<>();
        byTeam.forEach((team, changes) -> reads.team(team).ifPresent(state -> moves.addAll(whatIf(state, changes, caller.user()))));
        return new WhatIfResponse(moves);
    }

    private List<WhatIfChange> whatIf(TeamState state, List<SetCapacity> changes, String actor) {
        Map<Period, Double> capacity = new TreeMap<>(state.capacityByPeriod());
        List<String> causes = new ArrayList<>();
        for (SetCapacity change : changes) {
            Period period = plans.planning().calendar().parse(change.period());
            double before = capacity.getOrDefault(period, plans.planning().configuredWeeks(state.team()));
            capacity.put(period, change.weeks());
            causes.add(Causes.capacity(state.team(), period, before, change.weeks(), actor));
        }
        List<RoadmapItemView> items = reads.items(state.team());
        Map<String, RoadmapItemView> byId = items.stream().collect(Collectors.toMap(RoadmapItemView::ideaId, Function.identity()));
        return plans.whatIf(state, items, reads::published, capacity, causes).stream()
                .map(change -> move(state.team(), byId.get(change.ideaId()), change))
                .toList();
    }

    private static WhatIfChange move(String team, RoadmapItemView was, PlanChange change) {
        String kind = change instanceof PlanChange.ItemScheduled ? "SCHEDULED"
                : change instanceof PlanChange.ItemRescheduled ? "RESCHEDULED" : "BACKLOGGED";
        String toStart = change.placement() instanceof Placement.Scheduled s ? s.start().toString() : null;
        String toEnd = change.placement() instanceof Placement.Scheduled s ? s.end().toString() : null;
        return new WhatIfChange(change.ideaId(), team, change.placement().title(), kind, was == null ? null : was.startPeriod(),
                was == null ? null : was.endPeriod(), toStart, toEnd, change.why());
    }

    /** A period of this roadmap's kind, or 400 saying which kind (the processor checks again, but bad input is the caller's). */
    static void requirePeriod(PeriodCalendar calendar, String period) {
        try {
            calendar.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(new Violation("period", e.getMessage())));
        }
    }

    /** The what-if's capacity changes, each read by SetCapacity's published schema: 400 naming each bad field. */
    private static List<SetCapacity> changes(JsonNode body, PeriodCalendar calendar) {
        if (body == null || !body.path("capacity").isArray() || body.path("capacity").isEmpty()) {
            throw new InvalidRequestException(List.of(new Violation("capacity",
                    "is required: a list of {\"team\", \"period\", \"weeks\"}")));
        }
        List<SetCapacity> changes = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        int index = 0;
        for (JsonNode change : body.path("capacity")) {
            try {
                ObjectNode each = change.isObject() ? (ObjectNode) change : JsonNodeFactory.instance.objectNode();
                SetCapacity read = CommandRequests.command(SetCapacity.class, each, Map.of());
                requirePeriod(calendar, read.period());
                changes.add(read);
            } catch (InvalidRequestException e) {
                int at = index;
                e.violations().forEach(v -> violations.add(new Violation("capacity[" + at + "]." + v.field(), v.message())));
            }
            index++;
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return changes;
    }
}
