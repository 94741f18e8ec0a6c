package io.innovation.pipeline.roadmap.stream;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.domain.PlanChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One team's planning state besides its items: the capacity planners set, how far its decisions have moved the
 * horizon, what its last plan was made with, and the changes waiting to be planned. Small and bounded: it holds no
 * items, only the periods planners set and the team's dependencies on other teams.
 *
 * @param capacity             capacity set by planners, by period
 * @param latestDecisionPeriod the latest period a decision of the team was made in (null before the first)
 * @param plannedWith          what the published plan was made with (null before the first plan)
 * @param utilisation          the published plan's use of each period of its horizon
 * @param pending              true when changes wait to be planned
 * @param causes               the first of those changes in words, as many as a published change names
 * @param moreCauses           how many more changes there are
 * @param elsewhere            for each dependency on another team's item: how it stood when the team was last planned
 * @param lastChangeAt         event time (ms) of the latest change: the time of what a re-plan publishes
 */
public record TeamState(
        String team,
        Map<String, CapacitySetting> capacity,
        String latestDecisionPeriod,
        PlannedWith plannedWith,
        List<PeriodUtilisation> utilisation,
        boolean pending,
        List<String> causes,
        List<String> actors,
        int moreCauses,
        Map<String, String> elsewhere,
        long lastChangeAt,
        Instant updatedAt) {

    public TeamState {
        capacity = capacity == null ? Map.of() : Map.copyOf(new TreeMap<>(capacity));
        utilisation = utilisation == null ? List.of() : List.copyOf(utilisation);
        causes = causes == null ? List.of() : List.copyOf(causes);
        actors = actors == null ? List.of() : List.copyOf(actors);
        elsewhere = elsewhere == null ? Map.of() : Map.copyOf(elsewhere);
    }

    /** A period's capacity as a planner set it. */
    public record CapacitySetting(double weeks, String setBy, Instant setAt) {
    }

    /**
     * The inputs besides the items that a plan was made with, so the published plan can be compared with the next.
     * {@code horizonPeriods} is also read under its name from before periods had kinds, so stored states still read.
     */
    public record PlannedWith(String horizonStart, @JsonAlias("horizonQuarters") int horizonPeriods, double configuredWeeks,
                              Map<String, Double> capacity) {

        public PlannedWith {
            capacity = capacity == null ? Map.of() : Map.copyOf(capacity);
        }
    }

    /** Person-weeks planned in one period against the team's capacity. */
    public record PeriodUtilisation(String period, double usedWeeks, double capacityWeeks, double ratio) {
    }

    static TeamState empty(String team) {
        return new TeamState(team, Map.of(), null, null, List.of(), false, List.of(), List.of(), 0, Map.of(), 0, null);
    }

    /** Capacity set by planners, by period. */
    public Map<Period, Double> capacityByPeriod() {
        Map<Period, Double> weeks = new TreeMap<>();
        capacity.forEach((period, setting) -> weeks.put(Period.parse(period), setting.weeks()));
        return weeks;
    }

    TeamState decidedIn(Period period) {
        if (latestDecisionPeriod != null && period.compareTo(Period.parse(latestDecisionPeriod)) <= 0) {
            return this;
        }
        return new TeamState(team, capacity, period.toString(), plannedWith, utilisation, pending, causes, actors, moreCauses,
                elsewhere, lastChangeAt, updatedAt);
    }

    TeamState withCapacity(Period period, double weeks, String actor, Instant at) {
        Map<String, CapacitySetting> next = new LinkedHashMap<>(capacity);
        next.put(period.toString(), new CapacitySetting(weeks, actor, at));
        return new TeamState(team, next, latestDecisionPeriod, plannedWith, utilisation, pending, causes, actors, moreCauses,
                elsewhere, lastChangeAt, at);
    }

    /** One more change to plan, with its cause in words and who made it (null: no person). */
    TeamState changed(String cause, String actor, long at) {
        List<String> nextCauses = new ArrayList<>(causes);
        int more = moreCauses;
        if (nextCauses.size() < PlanChanges.CAUSES_NAMED) {
            nextCauses.add(cause);
        } else {
            more++;
        }
        List<String> nextActors = new ArrayList<>(actors);
        String who = actor == null || actor.isBlank() ? "roadmap-service" : actor;
        if (!nextActors.contains(who) && nextActors.size() < 2) { // one person, or several: that is all actor() asks
            nextActors.add(who);
        }
        return new TeamState(team, capacity, latestDecisionPeriod, plannedWith, utilisation, true, nextCauses, nextActors, more,
                elsewhere, Math.max(lastChangeAt, at), updatedAt);
    }

    /** Who the moves are attributed to: the one person behind all the causes, else roadmap-service. */
    String actor() {
        return actors.size() == 1 ? actors.get(0) : "roadmap-service";
    }

    TeamState planned(PlannedWith with, List<PeriodUtilisation> used, Map<String, String> dependenciesElsewhere, Instant at) {
        return new TeamState(team, capacity, latestDecisionPeriod, with, used, false, List.of(), List.of(), 0,
                dependenciesElsewhere, lastChangeAt, at);
    }
}
