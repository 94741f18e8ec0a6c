package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanChangesProperties {

    private static final Pattern FULL_PERIOD =
            Pattern.compile("higher-ranked items now take all ([0-9.]+) weeks of (\\d{4}-(?:Q[1-4]|W\\d{2}|\\d{2}))");

    @Test
    void replayingTheSameInputsChangesNothing() {
        check(Team.teams(), longs().all(), (team, seed) -> {
            Random random = new Random(seed);
            List<RoadmapCandidate> shuffled = new ArrayList<>(team.candidates());
            Collections.shuffle(shuffled, random);
            RoadmapPlan plan = team.plan();

            assertThat(PlanChanges.between(plan, plan)).isEmpty();
            assertThat(PlanChanges.between(plan, team.plan(shuffled))).isEmpty();
        });
    }

    @Test
    void aFirstPlanAnnouncesEveryCandidateOnce() {
        check(Team.teams(), team -> {
            RoadmapPlan plan = team.plan();

            List<PlanChange> changes = PlanChanges.between(null, plan);

            assertThat(changes).hasSize(team.candidates().size());
            for (int i = 0; i < changes.size(); i++) {
                PlanChange change = changes.get(i);
                Placement placement = plan.placements().get(i);
                assertThat(change.placement()).isEqualTo(placement);
                assertThat(change).isInstanceOf(placement instanceof Placement.Scheduled
                        ? PlanChange.ItemScheduled.class
                        : PlanChange.ItemBacklogged.class);
                assertThat(change.why()).isEqualTo(placement.reason());
            }
        });
    }

    /** The next plan drops some candidates and has another default capacity, as after a planner's edit. */
    @Test
    void exactlyTheItemsWhosePlaceChangedAreReported() {
        check(Team.teams(), longs().all(), (team, seed) -> {
            Random random = new Random(seed);
            List<RoadmapCandidate> remaining = team.candidates().stream()
                    .filter(candidate -> random.nextInt(5) > 0).toList();
            TeamCapacity capacity = new TeamCapacity(1 + random.nextInt(60), team.capacity().overrides());
            RoadmapPlan previous = team.plan();
            RoadmapPlan next = team.with(remaining).with(capacity).plan();

            List<PlanChange> changes = PlanChanges.between(previous, next);

            Map<String, PlanChange> byId = changes.stream()
                    .collect(Collectors.toMap(PlanChange::ideaId, Function.identity()));
            assertThat(changes).extracting(change -> change.placement().rank()).isSorted();
            for (Placement now : next.placements()) {
                Placement before = previous.placementOf(now.ideaId()).orElseThrow();
                Optional<PlanChange> change = Optional.ofNullable(byId.get(now.ideaId()));
                boolean moved = before.getClass() != now.getClass() || !allocations(before).equals(allocations(now));
                assertThat(change.isPresent()).as("%s reported: %s → %s", now.ideaId(), before, now).isEqualTo(moved);
                change.ifPresent(reported -> {
                    assertThat(reported.placement()).isEqualTo(now);
                    assertThat(reported.why()).isNotBlank();
                    if (reported instanceof PlanChange.ItemRescheduled rescheduled) {
                        Placement.Scheduled was = (Placement.Scheduled) before;
                        assertThat(rescheduled.fromStart()).isEqualTo(was.start());
                        assertThat(rescheduled.fromEnd()).isEqualTo(was.end());
                        assertThat(rescheduled.why()).containsPattern("^(Moved from|Now planned for|New split over) ");
                        assertFullPeriodClaimHolds(rescheduled, next);
                    } else {
                        assertThat(reported).isInstanceOf(now instanceof Placement.Scheduled
                                ? PlanChange.ItemScheduled.class
                                : PlanChange.ItemBacklogged.class);
                        assertThat(reported.why()).endsWith(now.reason());
                    }
                });
            }
        });
    }

    /**
     * "higher-ranked items now take all 26 weeks of 2027-Q1" must be true of the next plan; started
     * items may take more than all.
     */
    private static void assertFullPeriodClaimHolds(PlanChange.ItemRescheduled change, RoadmapPlan next) {
        Matcher claim = FULL_PERIOD.matcher(change.why());
        if (claim.find()) {
            Period period = Period.parse(claim.group(2));
            long usedAbove = next.placements().stream()
                    .filter(placement -> placement.rank() < change.placement().rank())
                    .flatMap(placement -> allocations(placement).stream())
                    .filter(allocation -> allocation.period().equals(period))
                    .mapToLong(allocation -> Math.round(allocation.weeks() * 100))
                    .sum();
            assertThat(usedAbove).as(change.why())
                    .isGreaterThanOrEqualTo(Math.round(Double.parseDouble(claim.group(1)) * 100));
            assertThat(next.capacity().weeksIn(period)).isEqualTo(Double.parseDouble(claim.group(1)));
            assertThat(period).isLessThan(change.placement().start());
        }
    }

    private static List<Allocation> allocations(Placement placement) {
        return placement instanceof Placement.Scheduled scheduled ? scheduled.allocations() : List.of();
    }
}
