package io.innovation.pipeline.roadmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * An item on another team's roadmap, as that team's latest plan has it, for items of this team
 * that depend on it.
 *
 * @param end       the last period of its slot, or null when it is backlogged on its team
 * @param dependsOn its own dependencies, followed to find cycles that run through several teams
 */
public record ExternalItem(String ideaId, String team, Period end, List<String> dependsOn) {

    public ExternalItem {
        if (ideaId == null || ideaId.isBlank()) {
            throw new IllegalArgumentException("ideaId must not be blank");
        }
        Objects.requireNonNull(team, "team");
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean backlogged() {
        return end == null;
    }
}
