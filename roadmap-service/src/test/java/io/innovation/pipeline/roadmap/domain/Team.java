package io.innovation.pipeline.roadmap.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

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

    /** 0..30 candidates I0, I1, …; a horizon of 1..8 quarters; 1..60 weeks a quarter with a few overrides. */
    static Arbitrary<Team> teams() {
        Arbitrary<Quarter> starts = Combinators.combine(
                Arbitraries.integers().between(2025, 2030), Arbitraries.integers().between(1, 4)).as(Quarter::new);
        Arbitrary<List<RoadmapCandidate>> candidates = Shape.shapes().list().ofMaxSize(30)
                .map(shapes -> IntStream.range(0, shapes.size()).mapToObj(i -> shapes.get(i).candidate(i)).toList());
        return Combinators.combine(
                        candidates,
                        starts,
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.doubles().between(1, 60).ofScale(1),
                        overrides())
                .as((someCandidates, start, horizon, weeks, overrides) -> {
                    Map<Quarter, Double> byQuarter = new HashMap<>();
                    overrides.forEach((offset, override) -> byQuarter.put(start.plus(offset), override));
                    return new Team(someCandidates, start, horizon, new TeamCapacity(weeks, byQuarter));
                });
    }

    /** Capacity of some quarters of the horizon overridden, now and then to 0. */
    private static Arbitrary<Map<Integer, Double>> overrides() {
        Arbitrary<Double> weeks = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(3, Arbitraries.doubles().between(0, 60).ofScale(1)));
        return Arbitraries.maps(Arbitraries.integers().between(0, 7), weeks).ofMaxSize(3);
    }

    /** A candidate without its id, which comes from its position. */
    private record Shape(double effort, double priority, int approvalDay, boolean pinned, List<String> dependsOn) {

        static Arbitrary<Shape> shapes() {
            Arbitrary<Double> efforts = Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.doubles().between(0.5, 60).ofScale(2)),
                    Tuple.of(1, Arbitraries.doubles().between(0.5, 60)));
            // Few distinct priorities and approval days, so that the tie-breaks matter.
            Arbitrary<Double> priorities = Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.integers().between(0, 5).map(step -> step * 20.0)),
                    Tuple.of(1, Arbitraries.doubles().between(0, 100)));
            Arbitrary<Boolean> pins = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(5, false));
            // I0..I34: with at most 30 candidates some ids are not among them; cycles and self-loops happen.
            Arbitrary<List<String>> dependencies = Arbitraries.integers().between(0, 34)
                    .map(index -> "I" + index)
                    .list().ofMaxSize(3).withSizeDistribution(RandomDistribution.biased());
            return Combinators.combine(efforts, priorities, Arbitraries.integers().between(0, 5), pins, dependencies)
                    .as(Shape::new);
        }

        RoadmapCandidate candidate(int index) {
            return new RoadmapCandidate("I" + index, "Idea " + index, effort, priority,
                    Ideas.APPROVED.plus(Duration.ofDays(approvalDay)), pinned, dependsOn);
        }
    }
}
