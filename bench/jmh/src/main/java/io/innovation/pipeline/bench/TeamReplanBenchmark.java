package io.innovation.pipeline.bench;

import io.innovation.pipeline.roadmap.domain.Allocation;
import io.innovation.pipeline.roadmap.domain.PlanChange;
import io.innovation.pipeline.roadmap.domain.PlanChanges;
import io.innovation.pipeline.roadmap.domain.Quarter;
import io.innovation.pipeline.roadmap.domain.RoadmapCandidate;
import io.innovation.pipeline.roadmap.domain.RoadmapPlan;
import io.innovation.pipeline.roadmap.domain.Scheduler;
import io.innovation.pipeline.roadmap.domain.TeamCapacity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One re-plan of a team as roadmap-service's TeamPlans does it after a decision: {@link Scheduler#plan} of all the
 * team's items, then {@link PlanChanges#between} the published plan and the new one. The team's items: a quarter
 * depend on one to three earlier items, one in twenty is pinned, one in twenty is started; 8-quarter horizon.
 * The decision is one more approved item with a high priority, so that the items below it move.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TeamReplanBenchmark {
    private static final String TEAM = "bench";
    private static final Quarter HORIZON_START = new Quarter(2027, 1);
    private static final int HORIZON_QUARTERS = 8;
    private static final Instant APPROVED_FROM = Instant.parse("2026-01-01T00:00:00Z");

    @Param({"250", "2000"})
    int items;

    /** Weeks per quarter: about half the team's effort fits in the horizon, the rest is backlogged. */
    private TeamCapacity capacity;
    private List<RoadmapCandidate> afterDecision;
    private RoadmapPlan published;
    private final Scheduler scheduler = new Scheduler();

    @Setup
    public void setUp() {
        Random random = new Random(42);
        List<RoadmapCandidate> before = new ArrayList<>();
        double effort = 0;
        for (int i = 0; i < items; i++) {
            RoadmapCandidate candidate = candidate(i, random);
            effort += candidate.effortWeeks();
            before.add(candidate);
        }
        capacity = TeamCapacity.of(Math.ceil(effort / 2 / HORIZON_QUARTERS));
        published = scheduler.plan(TEAM, before, HORIZON_START, HORIZON_QUARTERS, capacity);
        afterDecision = new ArrayList<>(before);
        afterDecision.add(new RoadmapCandidate("idea-new", "Decided now", 3, 1_000, APPROVED_FROM.plusSeconds(86_400L * 365),
                null, List.of(), List.of()));
    }

    private static RoadmapCandidate candidate(int i, Random random) {
        double effort = 1 + random.nextInt(8) + (random.nextBoolean() ? 0.5 : 0);
        List<String> dependsOn = new ArrayList<>();
        if (i > 0 && random.nextInt(4) == 0) {
            for (int d = 1 + random.nextInt(3); d > 0; d--) {
                dependsOn.add("idea-" + random.nextInt(i));
            }
        }
        Quarter pinnedTo = null;
        List<Allocation> started = List.of();
        int kind = random.nextInt(20);
        if (kind == 0) {
            pinnedTo = HORIZON_START.plus(random.nextInt(HORIZON_QUARTERS));
        } else if (kind == 1) {
            started = List.of(new Allocation(HORIZON_START.plus(random.nextInt(2)), effort));
        }
        return new RoadmapCandidate("idea-" + i, "Idea " + i, effort, random.nextDouble() * 100,
                APPROVED_FROM.plusSeconds(i * 60L), pinnedTo, started, dependsOn.stream().distinct().toList());
    }

    @Benchmark
    public List<PlanChange> replanAfterDecision() {
        RoadmapPlan next = scheduler.plan(TEAM, afterDecision, HORIZON_START, HORIZON_QUARTERS, capacity);
        return PlanChanges.between(published, next, List.of("idea-new was approved"));
    }
}
