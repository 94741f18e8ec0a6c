package io.innovation.pipeline.roadmap.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One team's roadmap over a horizon of consecutive periods. A class rather than a record so
 * that it can keep an index of its placements: {@link #placementOf} is asked once per item when
 * plans of teams with thousands of items are compared.
 */
public final class RoadmapPlan {

    private final String team;
    private final Period horizonStart;
    private final int horizonPeriods;
    private final TeamCapacity capacity;
    private final List<Placement> placements;
    private final Map<String, Placement> byId;

    /** @param placements one per candidate, in rank order */
    public RoadmapPlan(String team, Period horizonStart, int horizonPeriods, TeamCapacity capacity,
                       List<Placement> placements) {
        if (horizonPeriods < 1) {
            throw new IllegalArgumentException("horizonPeriods must be at least 1: " + horizonPeriods);
        }
        this.team = team;
        this.horizonStart = horizonStart;
        this.horizonPeriods = horizonPeriods;
        this.capacity = capacity;
        this.placements = List.copyOf(placements);
        this.byId = new HashMap<>(this.placements.size() * 2);
        for (Placement placement : this.placements) {
            if (byId.putIfAbsent(placement.ideaId(), placement) != null) {
                throw new IllegalArgumentException("placed twice: " + placement.ideaId());
            }
        }
    }

    public String team() {
        return team;
    }

    public Period horizonStart() {
        return horizonStart;
    }

    public int horizonPeriods() {
        return horizonPeriods;
    }

    public TeamCapacity capacity() {
        return capacity;
    }

    public List<Placement> placements() {
        return placements;
    }

    public Period horizonEnd() {
        return horizonStart.plus(horizonPeriods - 1);
    }

    /** The periods of the horizon, in order. */
    public List<Period> periods() {
        return IntStream.range(0, horizonPeriods).mapToObj(horizonStart::plus).toList();
    }

    public Optional<Placement> placementOf(String ideaId) {
        return Optional.ofNullable(byId.get(ideaId));
    }

    /**
     * Person-weeks planned in each period of the horizon, in order; 0 where nothing is planned.
     * A started item's weeks outside the horizon are not counted.
     */
    public Map<Period, Double> usedWeeks() {
        Map<Period, Long> hundredths = new LinkedHashMap<>();
        periods().forEach(period -> hundredths.put(period, 0L));
        for (Placement placement : placements) {
            if (placement instanceof Placement.Scheduled scheduled) {
                scheduled.allocations().forEach(allocation -> hundredths.computeIfPresent(allocation.period(),
                        (period, used) -> used + Weeks.inHundredths(allocation.weeks())));
            }
        }
        Map<Period, Double> weeks = new LinkedHashMap<>();
        hundredths.forEach((period, used) -> weeks.put(period, Weeks.fromHundredths(used)));
        return weeks;
    }

    /** Used against available person-weeks for each period of the horizon, for capacity metrics. */
    public List<Utilisation> utilisation() {
        return usedWeeks().entrySet().stream()
                .map(used -> new Utilisation(used.getKey(), used.getValue(), capacity.weeksIn(used.getKey())))
                .toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoadmapPlan plan
                && team.equals(plan.team)
                && horizonStart.equals(plan.horizonStart)
                && horizonPeriods == plan.horizonPeriods
                && capacity.equals(plan.capacity)
                && placements.equals(plan.placements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(team, horizonStart, horizonPeriods, capacity, placements);
    }

    @Override
    public String toString() {
        return "RoadmapPlan[team=" + team + ", horizonStart=" + horizonStart + ", horizonPeriods=" + horizonPeriods
                + ", capacity=" + capacity + ", placements=" + placements + "]";
    }

    public record Utilisation(Period period, double usedWeeks, double capacityWeeks) {

        /** 0..1 for valid inputs; a period without capacity counts as unused. */
        public double ratio() {
            return capacityWeeks == 0 ? 0 : usedWeeks / capacityWeeks;
        }
    }
}
