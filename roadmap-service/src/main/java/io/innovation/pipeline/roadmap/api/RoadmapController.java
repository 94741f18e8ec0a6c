package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.NotFoundException;
import io.innovation.pipeline.roadmap.stream.RoadmapItemView;
import io.innovation.pipeline.roadmap.stream.RoadmapTopology;
import io.innovation.pipeline.roadmap.stream.TeamRoadmapView;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads roadmaps: a team's plan with capacity use per period, or one idea's place with the reason for it. */
@RestController
class RoadmapController {
    private final InteractiveQueries queries;

    RoadmapController(InteractiveQueries queries) {
        this.queries = queries;
    }

    @GetMapping(value = "/roadmap", params = "team")
    TeamRoadmapResponse team(@RequestParam String team) {
        return queries.get(RoadmapTopology.ROADMAPS_STORE, team, TeamRoadmapView.class)
                .map(TeamRoadmapResponse::of)
                .orElseThrow(() -> new NotFoundException("Team " + team + " has no approved ideas yet"));
    }

    @GetMapping(value = "/roadmap", params = "!team")
    List<TeamRoadmapResponse> all() {
        return queries.all(RoadmapTopology.ROADMAPS_STORE, TeamRoadmapView.class).stream()
                .sorted(Comparator.comparing(TeamRoadmapView::team))
                .map(TeamRoadmapResponse::of)
                .toList();
    }

    @GetMapping("/roadmap/items/{ideaId}")
    RoadmapItemResponse item(@PathVariable String ideaId) {
        return queries.get(RoadmapTopology.ITEMS_STORE, ideaId, RoadmapItemView.class)
                .map(RoadmapItemResponse::of)
                .orElseThrow(() -> new NotFoundException("Idea " + ideaId + " is not on a roadmap (not approved yet?)"));
    }
}
