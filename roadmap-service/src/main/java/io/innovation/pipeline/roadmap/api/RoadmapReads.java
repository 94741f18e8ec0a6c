package io.innovation.pipeline.roadmap.api;

import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.NotFoundException;
import io.innovation.pipeline.roadmap.stream.RoadmapItemView;
import io.innovation.pipeline.roadmap.stream.RoadmapTopology;
import io.innovation.pipeline.roadmap.stream.TeamState;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads the planner's stores wherever they live: a team's state and items from the instance that plans the team (one
 * prefix scan), an item through the router's idea → team map, other teams' published items from the global table.
 */
@Component
class RoadmapReads {
    private final InteractiveQueries queries;

    RoadmapReads(InteractiveQueries queries) {
        this.queries = queries;
    }

    Optional<TeamState> team(String team) {
        return queries.get(RoadmapTopology.TEAMS_STORE, team, TeamState.class);
    }

    List<TeamState> teams() {
        return queries.all(RoadmapTopology.TEAMS_STORE, TeamState.class);
    }

    List<RoadmapItemView> items(String team) {
        return queries.prefix(RoadmapTopology.ITEMS_STORE, team + "/", team, RoadmapItemView.class);
    }

    Optional<RoadmapItemView> item(String ideaId) {
        return queries.get(RoadmapTopology.ITEM_TEAMS_STORE, ideaId, String.class)
                .flatMap(team -> queries.get(RoadmapTopology.ITEMS_STORE, team + "/" + ideaId, team, RoadmapItemView.class));
    }

    RoadmapItemView existingItem(String ideaId) {
        return item(ideaId).orElseThrow(() -> new NotFoundException("Idea " + ideaId + " is not on a roadmap (not approved yet?)"));
    }

    /** The data of the latest roadmap event of an item, as the global table holds it, or null. */
    byte[] published(String ideaId) {
        return queries.<byte[]>getGlobal(RoadmapTopology.PUBLISHED_STORE, ideaId).orElse(null);
    }
}
