package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.commands.DeliverItem;
import io.innovation.pipeline.contracts.commands.PinItem;
import io.innovation.pipeline.contracts.commands.StartItem;
import io.innovation.pipeline.contracts.commands.UnpinItem;
import io.innovation.pipeline.platform.stream.CommandSender;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.platform.web.CommandRequests;
import io.innovation.pipeline.platform.web.ForbiddenException;
import io.innovation.pipeline.platform.web.NotFoundException;
import io.innovation.pipeline.roadmap.stream.TeamPlans;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Reads roadmaps (a team's plan with capacity use per period, one idea's place with the reason for it) and takes
 * planners' item commands: pin, release a pin, start, deliver. Commands go to {@code innovation.roadmap-commands.v1}
 * like any other system's; the answer is the item after the planner processed the command.
 */
@RestController
class RoadmapController {
    private static final String PLANNER = "PLANNER";

    private final RoadmapReads reads;
    private final CommandSender commands;
    private final TeamPlans plans;

    RoadmapController(RoadmapReads reads, CommandSender commands, TeamPlans plans) {
        this.reads = reads;
        this.commands = commands;
        this.plans = plans;
    }

    @GetMapping(value = "/roadmap", params = "team")
    TeamRoadmapResponse team(@RequestParam String team) {
        return reads.team(team)
                .map(state -> TeamRoadmapResponse.of(state, reads.items(team)))
                .orElseThrow(() -> new NotFoundException("Team " + team + " has no approved ideas yet"));
    }

    @GetMapping(value = "/roadmap", params = "!team")
    List<TeamRoadmapResponse> all() {
        return reads.teams().stream()
                .sorted(Comparator.comparing(state -> state.team()))
                .map(state -> TeamRoadmapResponse.of(state, reads.items(state.team())))
                .toList();
    }

    @GetMapping("/roadmap/items/{ideaId}")
    RoadmapItemResponse item(@PathVariable String ideaId) {
        return RoadmapItemResponse.of(reads.existingItem(ideaId));
    }

    @PostMapping("/roadmap/items/{ideaId}/pin")
    RoadmapItemResponse pin(@PathVariable String ideaId, @RequestBody(required = false) JsonNode body,
                            @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                            @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) throws InterruptedException {
        Caller caller = CommandRequests.caller(user, roles, PLANNER, Caller.ADMIN);
        PinItem pin = CommandRequests.command(PinItem.class, body, Map.of("ideaId", ideaId));
        TeamController.requirePeriod(plans.planning().calendar(), pin.period());
        return send(ideaId, pin, caller, EventTypes.ITEM_PINNED);
    }

    @DeleteMapping("/roadmap/items/{ideaId}/pin")
    RoadmapItemResponse unpin(@PathVariable String ideaId,
                              @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                              @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) throws InterruptedException {
        Caller caller = CommandRequests.caller(user, roles, PLANNER, Caller.ADMIN);
        return send(ideaId, new UnpinItem(ideaId), caller, EventTypes.ITEM_UNPINNED);
    }

    /** A planner, an admin or a member of the item's team: the work started. */
    @PostMapping("/roadmap/items/{ideaId}/start")
    RoadmapItemResponse start(@PathVariable String ideaId,
                              @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                              @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles,
                              @RequestHeader(name = Caller.TEAMS_HEADER, required = false) String teams) throws InterruptedException {
        return progress(ideaId, Caller.from(user, roles, teams), new StartItem(ideaId), EventTypes.ITEM_STARTED);
    }

    /** A planner, an admin or a member of the item's team: the work is delivered. */
    @PostMapping("/roadmap/items/{ideaId}/deliver")
    RoadmapItemResponse deliver(@PathVariable String ideaId,
                                @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles,
                                @RequestHeader(name = Caller.TEAMS_HEADER, required = false) String teams) throws InterruptedException {
        return progress(ideaId, Caller.from(user, roles, teams), new DeliverItem(ideaId), EventTypes.ITEM_DELIVERED);
    }

    /** Progress is reported by planners and by the team doing the work. */
    private RoadmapItemResponse progress(String ideaId, Optional<Caller> named, Object command, String outcome) throws InterruptedException {
        Caller caller = named.orElseThrow(Caller::missing);
        String team = reads.existingItem(ideaId).team();
        if (!caller.hasAnyRole(PLANNER, Caller.ADMIN) && !caller.teams().contains(team)) {
            throw new ForbiddenException(caller.user() + " needs one of the roles PLANNER, ADMIN or to be a member of team " + team);
        }
        return sendForExisting(ideaId, command, caller, outcome);
    }

    /** 404 before sending when the idea is on no roadmap; a refusal of the planner is a 409 with its reason. */
    private RoadmapItemResponse send(String ideaId, Object command, Caller caller, String outcome) throws InterruptedException {
        reads.existingItem(ideaId);
        return sendForExisting(ideaId, command, caller, outcome);
    }

    /** For an item read already: the command, then the item after the planner processed it. */
    private RoadmapItemResponse sendForExisting(String ideaId, Object command, Caller caller, String outcome) throws InterruptedException {
        commands.send(ideaId, command, caller.user(), event -> outcome.equals(event.getType()));
        return item(ideaId);
    }
}
