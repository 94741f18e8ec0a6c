package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.roadmap.domain.Quarter;
import io.innovation.pipeline.roadmap.domain.RoadmapCandidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one team: its approved ideas, the latest quarter a decision was made in, and the settings its
 * published plan was made with. The plan itself is not stored: it is a pure function of this state, so the
 * published plan is recomputed exactly, even after the configured capacity or horizon changed.
 */
public record TeamBacklog(String team, List<RoadmapCandidate> candidates, String latestDecisionQuarter, PlannedWith plannedWith) {

    public TeamBacklog {
        candidates = List.copyOf(candidates);
    }

    /** The inputs besides the candidates that a plan was made with. */
    public record PlannedWith(String horizonStart, int horizonQuarters, double capacityWeeks) {
    }

    static TeamBacklog empty(String team) {
        return new TeamBacklog(team, List.of(), null, null);
    }

    /** With {@code candidate} added or replacing the one for the same idea. */
    TeamBacklog with(RoadmapCandidate candidate, Quarter decidedIn) {
        List<RoadmapCandidate> next = new ArrayList<>(without(candidate.ideaId()).candidates);
        next.add(candidate);
        next.sort(Comparator.comparing(RoadmapCandidate::ideaId));
        return new TeamBacklog(team, next, later(decidedIn).toString(), plannedWith);
    }

    TeamBacklog without(String ideaId) {
        return new TeamBacklog(team, candidates.stream().filter(c -> !c.ideaId().equals(ideaId)).toList(),
                latestDecisionQuarter, plannedWith);
    }

    TeamBacklog decidedIn(Quarter quarter) {
        return new TeamBacklog(team, candidates, later(quarter).toString(), plannedWith);
    }

    TeamBacklog planned(PlannedWith settings) {
        return new TeamBacklog(team, candidates, latestDecisionQuarter, settings);
    }

    boolean contains(String ideaId) {
        return candidates.stream().anyMatch(c -> c.ideaId().equals(ideaId));
    }

    /** When the candidate {@code ideaId} was approved, or null when it is not in this backlog. */
    Instant approvedAt(String ideaId) {
        return candidates.stream().filter(c -> c.ideaId().equals(ideaId)).map(RoadmapCandidate::approvedAt).findFirst().orElse(null);
    }

    private Quarter later(Quarter quarter) {
        return latestDecisionQuarter == null || quarter.compareTo(Quarter.parse(latestDecisionQuarter)) > 0
                ? quarter : Quarter.parse(latestDecisionQuarter);
    }
}
