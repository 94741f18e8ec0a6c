package io.innovation.pipeline.roadmap.domain;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A random planning problem for properties: one team's candidates, horizon and capacity, and the
 * items of other teams ({@code elsewhere}) that they may depend on.
 */
record Team(List<RoadmapCandidate> candidates, Period horizonStart, int horizonPeriods, TeamCapacity capacity,
            Map<String, ExternalItem> elsewhere) {

    RoadmapPlan plan() {
        return plan(candidates);
    }

    RoadmapPlan plan(Collection<RoadmapCandidate> someCandidates) {
        return new Scheduler().plan("identity", someCandidates, horizonStart, horizonPeriods, capacity, elsewhere);
    }

    RoadmapCandidate candidate(String ideaId) {
        return candidates.stream().filter(candidate -> candidate.ideaId().equals(ideaId)).findFirst().orElseThrow();
    }

    Team with(List<RoadmapCandidate> otherCandidates) {
        return new Team(otherCandidates, horizonStart, horizonPeriods, capacity, elsewhere);
    }

    Team with(TeamCapacity otherCapacity) {
        return new Team(candidates, horizonStart, horizonPeriods, otherCapacity, elsewhere);
    }

    Team with(Map<String, ExternalItem> otherElsewhere) {
        return new Team(candidates, horizonStart, horizonPeriods, capacity, otherElsewhere);
    }

    /**
     * 0..30 candidates I0, I1, …, some pinned (now and then outside the horizon), some in progress
     * (now and then partly or wholly outside the horizon); a horizon of 1..8 quarters, months or sprints
     * starting in 2025..2030; 1..60 weeks a period (in tenths) with a few overrides; up to 6 items X0.. of
     * teams web and data, scheduled there or backlogged, that may depend on the team's items.
     */
    static Gen<Team> teams() {
        Gen<Period> starts = Generate.enumValues(PeriodKind.class).zip(integers().between(2025, 2030), integers().between(1, 365),
                (kind, year, day) -> new PeriodCalendar(kind, PeriodCalendar.DEFAULT_SPRINT_ANCHOR).containing(LocalDate.ofYearDay(year, day)));
        Gen<List<Shape>> shapes = lists().of(Shape.shapes()).ofSizeBetween(0, 30);
        Gen<List<Other>> others = lists().of(Other.others()).ofSizeBetween(0, 6);
        Gen<Pair<Integer, List<Other>>> horizonsAndOthers = integers().between(1, 8).zip(others, Pair::of);
        return shapes.zip(starts, horizonsAndOthers, decimals(1, 60, 1), overrides(),
                (someShapes, start, horizonAndOthers, weeks, overrides) -> {
                    Map<Period, Double> byPeriod = new HashMap<>();
                    overrides.forEach((offset, override) -> byPeriod.put(start.plus(offset), override));
                    List<RoadmapCandidate> candidates = IntStream.range(0, someShapes.size())
                            .mapToObj(i -> someShapes.get(i).candidate(i, start)).toList();
                    List<Other> otherItems = horizonAndOthers._2;
                    Map<String, ExternalItem> elsewhere = new HashMap<>();
                    for (int i = 0; i < otherItems.size(); i++) {
                        ExternalItem item = otherItems.get(i).item(i, start);
                        elsewhere.put(item.ideaId(), item);
                    }
                    return new Team(candidates, start, horizonAndOthers._1, new TeamCapacity(weeks, byPeriod),
                            elsewhere);
                });
    }

    /** Capacity of up to 3 periods at offsets 0..7 from the start overridden, now and then to 0. */
    private static Gen<Map<Integer, Double>> overrides() {
        Gen<Double> weeks = Generate.frequency(
                Pair.of(1, Generate.constant(0.0)),
                Pair.of(3, decimals(0, 60, 1)));
        return maps().of(integers().between(0, 7), weeks).ofSizeBetween(0, 3);
    }

    /** Numbers from {@code min} to {@code max}, both included, with {@code scale} decimal places. */
    static Gen<Double> decimals(double min, double max, int scale) {
        double unit = Math.pow(10, scale);
        return integers().between((int) Math.round(min * unit), (int) Math.round(max * unit))
                .map(units -> units / unit);
    }

    /** Ids I0..I34 (some not among the candidates) and X0..X7 (some known nowhere); mostly none or one. */
    private static Gen<List<String>> dependencies() {
        Gen<Integer> counts = Generate.frequency(
                Pair.of(4, Generate.constant(0)),
                Pair.of(3, Generate.constant(1)),
                Pair.of(2, Generate.constant(2)),
                Pair.of(1, Generate.constant(3)));
        Gen<String> ids = Generate.frequency(
                Pair.of(4, integers().between(0, 34).map(index -> "I" + index)),
                Pair.of(1, integers().between(0, 7).map(index -> "X" + index)));
        return lists().of(ids).ofSizes(counts);
    }

    /** Sometimes an offset from the horizon start, from {@code min} to {@code max}. */
    private static Gen<Optional<Integer>> sometimes(int oneIn, int min, int max) {
        return Generate.frequency(
                Pair.of(oneIn - 1, Generate.constant(Optional.<Integer>empty())),
                Pair.of(1, integers().between(min, max).map(Optional::of)));
    }

    /** A candidate without its id, which comes from its position; pin and slot relative to the horizon start. */
    private record Shape(double effort, double priority, int approvalDay, Optional<Integer> pin,
                         Pair<Optional<Integer>, List<Double>> started, List<String> dependsOn) {

        static Gen<Shape> shapes() {
            // 0.5..60 weeks: mostly in hundredths; some at full double precision (RoadmapCandidate
            // rounds them up to hundredths); some in half weeks, which fill periods exactly.
            Gen<Double> efforts = Generate.frequency(
                    Pair.of(8, decimals(0.5, 60, 2)),
                    Pair.of(2, doubles().between(0.5, 60)),
                    Pair.of(1, integers().between(1, 120).map(halves -> halves / 2.0)));
            // Few distinct priorities and approval days, so that the tie-breaks matter.
            Gen<Double> priorities = Generate.frequency(
                    Pair.of(6, integers().between(0, 5).map(step -> step * 20.0)),
                    Pair.of(1, decimals(0, 100, 2)),
                    Pair.of(1, doubles().between(0, 100)));
            // A slot of 1..3 periods from 2 before the horizon to 8 after its start.
            Gen<Pair<Optional<Integer>, List<Double>>> started = sometimes(8, -2, 8)
                    .zip(lists().of(decimals(0.5, 20, 1)).ofSizeBetween(1, 3), Pair::of);
            Gen<Pair<Integer, Optional<Integer>>> approvalsAndPins = integers().between(0, 5)
                    .zip(sometimes(5, -1, 8), Pair::of);
            return efforts.zip(priorities, approvalsAndPins, started, dependencies(),
                    (effort, priority, approvalAndPin, slot, dependsOn) -> new Shape(effort, priority,
                            approvalAndPin._1, approvalAndPin._2, slot, dependsOn));
        }

        RoadmapCandidate candidate(int index, Period horizonStart) {
            List<Allocation> slot = new ArrayList<>();
            started._1.ifPresent(offset -> {
                for (int i = 0; i < started._2.size(); i++) {
                    slot.add(new Allocation(horizonStart.plus(offset + i), started._2.get(i)));
                }
            });
            return new RoadmapCandidate("I" + index, "Idea " + index, effort, priority,
                    Ideas.APPROVED.plus(Duration.ofDays(approvalDay)), pin.map(horizonStart::plus).orElse(null), slot,
                    dependsOn);
        }
    }

    /** Another team's item without its id; its end relative to the horizon start, or none when backlogged. */
    private record Other(String team, Optional<Integer> end, List<String> dependsOn) {

        static Gen<Other> others() {
            Gen<String> teams = Generate.pick(List.of("web", "data"));
            Gen<Optional<Integer>> ends = Generate.frequency(
                    Pair.of(1, Generate.constant(Optional.<Integer>empty())),
                    Pair.of(4, integers().between(-2, 9).map(Optional::of)));
            return teams.zip(ends, dependencies(), Other::new);
        }

        ExternalItem item(int index, Period horizonStart) {
            return new ExternalItem("X" + index, team, end.map(horizonStart::plus).orElse(null), dependsOn);
        }
    }
}
