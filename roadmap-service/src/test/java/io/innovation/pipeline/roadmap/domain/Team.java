package io.innovation.pipeline.roadmap.domain;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A random planning problem for properties: one team's candidates, horizon and capacity. */
record Team(List<RoadmapCandidate> candidates, Quarter horizonStart, int horizonQuarters, TeamCapacity capacity) {

    RoadmapPlan plan() {
        return plan(candidates);
    }

    RoadmapPlan plan(Collection<RoadmapCandidate> someCandidates) {
        return new Scheduler().plan("identity", someCandidates, horizonStart, horizonQuarters, capacity);
    }

    RoadmapCandidate candidate(String ideaId) {
        return candidates.stream().filter(candidate -> candidate.ideaId().equals(ideaId)).findFirst().orElseThrow();
    }

    /**
     * 0..30 candidates I0, I1, …; a horizon of 1..8 quarters starting in 2025..2030; 1..60 weeks
     * a quarter (in tenths) with a few overrides.
     */
    static Gen<Team> teams() {
        Gen<Quarter> starts = integers().between(2025, 2030).zip(integers().between(1, 4), Quarter::new);
        Gen<List<RoadmapCandidate>> candidates = lists().of(Shape.shapes()).ofSizeBetween(0, 30)
                .map(shapes -> IntStream.range(0, shapes.size()).mapToObj(i -> shapes.get(i).candidate(i)).toList());
        return candidates.zip(starts, integers().between(1, 8), decimals(1, 60, 1), overrides(),
                (someCandidates, start, horizon, weeks, overrides) -> {
                    Map<Quarter, Double> byQuarter = new HashMap<>();
                    overrides.forEach((offset, override) -> byQuarter.put(start.plus(offset), override));
                    return new Team(someCandidates, start, horizon, new TeamCapacity(weeks, byQuarter));
                });
    }

    /** Capacity of up to 3 quarters at offsets 0..7 from the start overridden, now and then to 0. */
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

    /** A candidate without its id, which comes from its position. */
    private record Shape(double effort, double priority, int approvalDay, boolean pinned, List<String> dependsOn) {

        static Gen<Shape> shapes() {
            // 0.5..60 weeks: mostly in hundredths; some at full double precision (RoadmapCandidate
            // rounds them up to hundredths); some in half weeks, which fill quarters exactly.
            Gen<Double> efforts = Generate.frequency(
                    Pair.of(8, decimals(0.5, 60, 2)),
                    Pair.of(2, doubles().between(0.5, 60)),
                    Pair.of(1, integers().between(1, 120).map(halves -> halves / 2.0)));
            // Few distinct priorities and approval days, so that the tie-breaks matter.
            Gen<Double> priorities = Generate.frequency(
                    Pair.of(6, integers().between(0, 5).map(step -> step * 20.0)),
                    Pair.of(1, decimals(0, 100, 2)),
                    Pair.of(1, doubles().between(0, 100)));
            Gen<Boolean> pins = Generate.frequency(
                    Pair.of(5, Generate.constant(false)),
                    Pair.of(1, Generate.constant(true)));
            // I0..I34: with at most 30 candidates some ids are not among them; cycles and self-loops
            // happen. Mostly none or one dependency.
            Gen<Integer> dependencyCounts = Generate.frequency(
                    Pair.of(4, Generate.constant(0)),
                    Pair.of(3, Generate.constant(1)),
                    Pair.of(2, Generate.constant(2)),
                    Pair.of(1, Generate.constant(3)));
            Gen<List<String>> dependencies = lists().of(integers().between(0, 34).map(index -> "I" + index))
                    .ofSizes(dependencyCounts);
            return efforts.zip(priorities, integers().between(0, 5), pins, dependencies, Shape::new);
        }

        RoadmapCandidate candidate(int index) {
            return new RoadmapCandidate("I" + index, "Idea " + index, effort, priority,
                    Ideas.APPROVED.plus(Duration.ofDays(approvalDay)), pinned, dependsOn);
        }
    }
}
