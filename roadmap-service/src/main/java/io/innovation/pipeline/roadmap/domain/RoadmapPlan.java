package io.innovation.pipeline.roadmap.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One team's roadmap over a horizon of consecutive quarters. A class rather than a record so
 * that it can keep an index of its placements: {@link #placementOf} is asked once per item when
 * plans of teams with thousands of items are compared.
 */
public final class RoadmapPlan {

    private final String team;
    private final Quarter horizonStart;
    private final int horizonQuarters;
    private final TeamCapacity capacity;
    private final List<Placement> placements;
    private final Map<String, Placement> byId;

    /** @param placements one per candidate, in rank order */
    public RoadmapPlan(String team, Quarter horizonStart, int horizonQuarters, TeamCapacity capacity,
                       List<Placement> placements) {
        if (horizonQuarters < 1) {
            throw new IllegalArgumentException("horizonQuarters must be at least 1: " + horizonQuarters);
        }
        this.team = team;
        this.horizonStart = horizonStart;
        this.horizonQuarters = horizonQuarters;
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

    public Quarter horizonStart() {
        return horizonStart;
    }

    public int horizonQuarters() {
        return horizonQuarters;
    }

    public TeamCapacity capacity() {
        return capacity;
    }

    public List<Placement> placements() {
        return placements;
    }

    public Quarter horizonEnd() {
        return horizonStart.plus(horizonQuarters - 1);
    }

    /** The quarters of the horizon, in order. */
    public List<Quarter> quarters() {
        return IntStream.range(0, horizonQuarters).mapToObj(horizonStart::plus).toList();
    }

    public Optional<Placement> placementOf(String ideaId) {
        return Optional.ofNullable(byId.get(ideaId));
    }

    /**
     * Person-weeks planned in each quarter of the horizon, in order; 0 where nothing is planned.
     * A started item's weeks outside the horizon are not counted.
     */
    public Map<Quarter, Double> usedWeeks() {
        Map<Quarter, Long> hundredths = new LinkedHashMap<>();
        quarters().forEach(quarter -> hundredths.put(quarter, 0L));
        for (Placement placement : placements) {
            if (placement instanceof Placement.Scheduled scheduled) {
                scheduled.allocations().forEach(allocation -> hundredths.computeIfPresent(allocation.quarter(),
                        (quarter, used) -> used + Weeks.inHundredths(allocation.weeks())));
            }
        }
        Map<Quarter, Double> weeks = new LinkedHashMap<>();
        hundredths.forEach((quarter, used) -> weeks.put(quarter, Weeks.fromHundredths(used)));
        return weeks;
    }

    /** Used against available person-weeks for each quarter of the horizon, for capacity metrics. */
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
                && horizonQuarters == plan.horizonQuarters
                && capacity.equals(plan.capacity)
                && placements.equals(plan.placements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(team, horizonStart, horizonQuarters, capacity, placements);
    }

    @Override
    public String toString() {
        return "RoadmapPlan[team=" + team + ", horizonStart=" + horizonStart + ", horizonQuarters=" + horizonQuarters
                + ", capacity=" + capacity + ", placements=" + placements + "]";
    }

    public record Utilisation(Quarter quarter, double usedWeeks, double capacityWeeks) {

        /** 0..1 for valid inputs; a quarter without capacity counts as unused. */
        public double ratio() {
            return capacityWeeks == 0 ? 0 : usedWeeks / capacityWeeks;
        }
    }
}
