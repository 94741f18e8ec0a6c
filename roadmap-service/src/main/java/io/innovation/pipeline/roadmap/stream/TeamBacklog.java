package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.roadmap.domain.Quarter;
import io.innovation.pipeline.roadmap.domain.RoadmapCandidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one team: its approved ideas and the latest quarter a decision was made in. The plan itself is
 * not stored: it is a pure function of this state and the configured capacity, so it is recomputed.
 */
public record TeamBacklog(String team, List<RoadmapCandidate> candidates, String latestDecisionQuarter) {

    public TeamBacklog {
        candidates = List.copyOf(candidates);
    }

    static TeamBacklog empty(String team) {
        return new TeamBacklog(team, List.of(), null);
    }

    /** With {@code candidate} added or replacing the one for the same idea. */
    TeamBacklog with(RoadmapCandidate candidate, Quarter decidedIn) {
        List<RoadmapCandidate> next = new ArrayList<>(without(candidate.ideaId()).candidates);
        next.add(candidate);
        next.sort(Comparator.comparing(RoadmapCandidate::ideaId));
        return new TeamBacklog(team, next, later(decidedIn).toString());
    }

    TeamBacklog without(String ideaId) {
        return new TeamBacklog(team, candidates.stream().filter(c -> !c.ideaId().equals(ideaId)).toList(), latestDecisionQuarter);
    }

    TeamBacklog decidedIn(Quarter quarter) {
        return new TeamBacklog(team, candidates, later(quarter).toString());
    }

    private Quarter later(Quarter quarter) {
        return latestDecisionQuarter == null || quarter.compareTo(Quarter.parse(latestDecisionQuarter)) > 0
                ? quarter : Quarter.parse(latestDecisionQuarter);
    }
}
