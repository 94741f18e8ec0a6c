package io.innovation.pipeline.roadmap.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One team's roadmap over a horizon of consecutive quarters.
 *
 * @param placements one per candidate, in rank order
 */
public record RoadmapPlan(
        String team,
        Quarter horizonStart,
        int horizonQuarters,
        TeamCapacity capacity,
        List<Placement> placements) {

    public RoadmapPlan {
        if (horizonQuarters < 1) {
            throw new IllegalArgumentException("horizonQuarters must be at least 1: " + horizonQuarters);
        }
        placements = List.copyOf(placements);
    }

    public Quarter horizonEnd() {
        return horizonStart.plus(horizonQuarters - 1);
    }

    /** The quarters of the horizon, in order. */
    public List<Quarter> quarters() {
        return IntStream.range(0, horizonQuarters).mapToObj(horizonStart::plus).toList();
    }

    public Optional<Placement> placementOf(String ideaId) {
        return placements.stream().filter(placement -> placement.ideaId().equals(ideaId)).findFirst();
    }

    /** Person-weeks planned in each quarter of the horizon, in order; 0 where nothing is planned. */
    public Map<Quarter, Double> usedWeeks() {
        Map<Quarter, Long> hundredths = new LinkedHashMap<>();
        quarters().forEach(quarter -> hundredths.put(quarter, 0L));
        for (Placement placement : placements) {
            if (placement instanceof Placement.Scheduled scheduled) {
                scheduled.allocations().forEach(allocation ->
                        hundredths.merge(allocation.quarter(), Weeks.inHundredths(allocation.weeks()), Long::sum));
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

    public record Utilisation(Quarter quarter, double usedWeeks, double capacityWeeks) {

        /** 0..1; a quarter without capacity counts as unused. */
        public double ratio() {
            return capacityWeeks == 0 ? 0 : usedWeeks / capacityWeeks;
        }
    }
}
