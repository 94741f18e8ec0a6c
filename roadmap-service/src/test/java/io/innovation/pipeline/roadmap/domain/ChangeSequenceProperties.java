package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static io.innovation.pipeline.roadmap.domain.PlanInvariants.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A team's plan through random sequences of what planners and other teams do: capacity changes,
 * pins, starts, deliveries, new ideas, slips of other teams' items, a moved horizon.
 */
class ChangeSequenceProperties {

    private static final int STEPS = 6;

    @Test
    void everyPlanKeepsTheInvariantsAndEachStepsChangesTurnTheOldPlanIntoTheNew() {
        check(Team.teams(), longs().all(), (team, seed) -> {
            Random random = new Random(seed);
            Team current = team;
            RoadmapPlan plan = current.plan();
            for (int step = 0; step < STEPS; step++) {
                Step change = step(current, plan, step, random);
                RoadmapPlan next = change.team().plan();
                List<PlanChange> changes = PlanChanges.between(plan, next, List.of(change.cause()));

                PlanInvariants.check(change.team(), next);
                assertThat(applied(plan, changes, next)).as("after %s", change.cause()).isEqualTo(places(next));
                // what moved names the cause; an item new to the plan is explained by its own placement
                RoadmapPlan old = plan;
                assertThat(changes).filteredOn(published -> old.placementOf(published.ideaId()).isPresent())
                        .allSatisfy(published -> assertThat(published.why()).endsWith(" (" + change.cause() + ")."));
                assertThat(changes).filteredOn(published -> old.placementOf(published.ideaId()).isEmpty())
                        .allSatisfy(published -> assertThat(published.why()).isEqualTo(published.placement().reason()));
                List<RoadmapCandidate> shuffled = new ArrayList<>(change.team().candidates());
                Collections.shuffle(shuffled, random);
                assertThat(change.team().plan(shuffled)).isEqualTo(next);

                current = change.team();
                plan = next;
            }
        });
    }

    /** The next inputs, and the cause as the caller would name it. */
    private record Step(Team team, String cause) {
    }

    private static Step step(Team team, RoadmapPlan plan, int step, Random random) {
        List<RoadmapCandidate> candidates = team.candidates();
        Period somePeriod = team.horizonStart().plus(random.nextInt(team.horizonPeriods() + 2) - 1);
        switch (random.nextInt(7)) {
            case 1 -> {
                if (!candidates.isEmpty()) {
                    RoadmapCandidate pinned = candidates.get(random.nextInt(candidates.size()));
                    Period to = pinned.pinned() ? null : somePeriod;
                    return new Step(team.with(replaced(candidates, pinned, to, pinned.started())),
                            pinned.ideaId() + (to == null ? " unpinned" : " pinned to " + to) + " by paul");
                }
            }
            case 2 -> {
                List<Placement.Scheduled> startable = PlanInvariants.scheduled(plan).stream()
                        .filter(item -> !item.inProgress()).toList();
                if (!startable.isEmpty()) {
                    Placement.Scheduled started = startable.get(random.nextInt(startable.size()));
                    RoadmapCandidate candidate = team.candidate(started.ideaId());
                    return new Step(team.with(replaced(candidates, candidate, candidate.pinnedTo(),
                            started.allocations())), started.ideaId() + " started by ann");
                }
            }
            case 3 -> {
                if (!candidates.isEmpty()) {
                    RoadmapCandidate delivered = candidates.get(random.nextInt(candidates.size()));
                    List<RoadmapCandidate> rest = new ArrayList<>(candidates);
                    rest.remove(delivered);
                    return new Step(team.with(rest), delivered.ideaId() + " delivered by ann");
                }
            }
            case 4 -> {
                if (!team.elsewhere().isEmpty()) {
                    List<String> ids = team.elsewhere().keySet().stream().sorted().toList();
                    ExternalItem slipped = team.elsewhere().get(ids.get(random.nextInt(ids.size())));
                    Period end = slipped.end() == null || random.nextInt(4) == 0 ? somePeriod : null;
                    Map<String, ExternalItem> elsewhere = new HashMap<>(team.elsewhere());
                    elsewhere.put(slipped.ideaId(),
                            new ExternalItem(slipped.ideaId(), slipped.team(), end, slipped.dependsOn()));
                    return new Step(team.with(elsewhere), slipped.ideaId() + " of team " + slipped.team()
                            + (end == null ? " backlogged" : " now ends in " + end));
                }
            }
            case 5 -> {
                List<String> dependsOn = candidates.isEmpty() || random.nextBoolean()
                        ? List.of() : List.of(candidates.get(random.nextInt(candidates.size())).ideaId());
                RoadmapCandidate approved = new RoadmapCandidate("N" + step, "New idea " + step,
                        1 + random.nextInt(400) / 10.0, random.nextInt(6) * 20, Ideas.APPROVED, null, List.of(),
                        dependsOn);
                List<RoadmapCandidate> more = new ArrayList<>(candidates);
                more.add(approved);
                return new Step(team.with(more), approved.ideaId() + " approved by carol");
            }
            case 6 -> {
                Period start = team.horizonStart().next();
                return new Step(new Team(candidates, start, team.horizonPeriods(), team.capacity(), team.elsewhere()),
                        "horizon moved to start in " + start);
            }
            default -> {
                // Capacity changes also stand in for the steps above that found nothing to change.
            }
        }
        double weeks = random.nextInt(601) / 10.0;
        Period period = team.horizonStart().plus(random.nextInt(team.horizonPeriods()));
        return new Step(team.with(team.capacity().with(period, weeks)),
                "capacity of team identity in " + period + " set to " + weeks + " weeks by paul");
    }

    private static List<RoadmapCandidate> replaced(List<RoadmapCandidate> candidates, RoadmapCandidate old,
                                                   Period pinnedTo, List<Allocation> started) {
        RoadmapCandidate changed = new RoadmapCandidate(old.ideaId(), old.title(), old.effortWeeks(), old.priority(),
                old.approvedAt(), pinnedTo, started, old.dependsOn());
        return candidates.stream().map(candidate -> candidate == old ? changed : candidate).toList();
    }

    /** The old plan's places with the changes applied, and the items no longer planned removed. */
    private static Map<String, List<Allocation>> applied(RoadmapPlan previous, List<PlanChange> changes,
                                                         RoadmapPlan next) {
        Map<String, List<Allocation>> places = places(previous);
        changes.forEach(change -> places.put(change.ideaId(), where(change.placement())));
        places.keySet().removeIf(ideaId -> next.placementOf(ideaId).isEmpty());
        return places;
    }

    /** Each item's allocations, or none when it is backlogged. */
    private static Map<String, List<Allocation>> places(RoadmapPlan plan) {
        Map<String, List<Allocation>> places = new HashMap<>();
        plan.placements().forEach(placement -> places.put(placement.ideaId(), where(placement)));
        return places;
    }
}
