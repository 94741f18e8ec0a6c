package io.innovation.pipeline.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import java.util.stream.Stream;

/** What every plan of a team must satisfy, checked by the properties of single plans and of sequences of changes. */
final class PlanInvariants {

    private PlanInvariants() {
    }

    static void check(Team team, RoadmapPlan plan) {
        startedItemsKeepTheirSlot(team, plan);
        noPeriodIsOverbookedWhenTheStartedItemsFit(team, plan);
        itemsStartAfterTheirDependenciesEndAndWaitForBackloggedOnes(team, plan);
    }

    static void startedItemsKeepTheirSlot(Team team, RoadmapPlan plan) {
        for (RoadmapCandidate candidate : team.candidates()) {
            if (candidate.inProgress()) {
                assertThat(plan.placementOf(candidate.ideaId()).orElseThrow())
                        .asInstanceOf(type(Placement.Scheduled.class))
                        .extracting(Placement.Scheduled::allocations)
                        .isEqualTo(keptOfSlot(candidate, plan));
            }
        }
    }

    /** Started items are booked whatever room is left; everything else only uses what they leave. */
    static void noPeriodIsOverbookedWhenTheStartedItemsFit(Team team, RoadmapPlan plan) {
        boolean startedFit = true;
        for (Period period : plan.periods()) {
            long started = usedIn(period, scheduled(plan).stream().filter(item -> inProgress(team, item)));
            long planned = usedIn(period, scheduled(plan).stream().filter(item -> !inProgress(team, item)));
            long capacity = hundredths(team.capacity().weeksIn(period));
            assertThat(planned).as("planned in %s", period).isLessThanOrEqualTo(Math.max(0, capacity - started));
            assertThat(hundredths(plan.usedWeeks().get(period))).isEqualTo(started + planned);
            startedFit &= started <= capacity;
        }
        assertThat(plan.usedWeeks()).hasSize(team.horizonPeriods());
        if (startedFit) {
            assertThat(plan.utilisation()).allSatisfy(period -> assertThat(period.ratio()).isBetween(0.0, 1.0));
        }
    }

    /** On this team's roadmap and on others': after what is scheduled, backlogged with what is backlogged. */
    static void itemsStartAfterTheirDependenciesEndAndWaitForBackloggedOnes(Team team, RoadmapPlan plan) {
        for (Placement item : plan.placements()) {
            if (team.candidate(item.ideaId()).inProgress()) {
                continue;
            }
            List<String> dependencies = holdingBack(team, item.ideaId());
            for (String dependencyId : dependencies) {
                Period end = endOf(team, plan, dependencyId);
                if (end == null) {
                    assertThat(item).as("%s waits for backlogged %s", item.ideaId(), dependencyId)
                            .isInstanceOf(Placement.Backlogged.class);
                } else if (item instanceof Placement.Scheduled scheduled) {
                    assertThat(end).as("end of %s, before %s", dependencyId, item.ideaId())
                            .isLessThan(scheduled.start());
                }
            }
            if (item instanceof Placement.Scheduled scheduled) {
                assertThat(scheduled.scheduledAfter()).containsExactlyElementsOf(dependencies);
                assertThat(scheduled.externalAfter()).extracting(ExternalItem::ideaId)
                        .containsExactlyElementsOf(dependencies.stream().filter(id -> !isCandidate(team, id)).toList());
            }
        }
    }

    /** The part of a started slot in the plan's horizon, or the whole slot if none of it is. */
    static List<Allocation> keptOfSlot(RoadmapCandidate candidate, RoadmapPlan plan) {
        List<Allocation> inHorizon = candidate.started().stream()
                .filter(allocation -> plan.periods().contains(allocation.period())).toList();
        return inHorizon.isEmpty() ? candidate.started() : inHorizon;
    }

    /** Allocations of a scheduled item, or nothing for a backlogged one: its place, without rank or reason. */
    static List<Allocation> where(Placement placement) {
        return placement instanceof Placement.Scheduled scheduled ? scheduled.allocations() : List.of();
    }

    static List<Placement.Scheduled> scheduled(RoadmapPlan plan) {
        return plan.placements().stream()
                .filter(Placement.Scheduled.class::isInstance).map(Placement.Scheduled.class::cast).toList();
    }

    static boolean inProgress(Team team, Placement item) {
        return team.candidate(item.ideaId()).inProgress();
    }

    static boolean isCandidate(Team team, String ideaId) {
        return team.candidates().stream().anyMatch(candidate -> candidate.ideaId().equals(ideaId));
    }

    /** The end of a dependency on this team's plan or another's; null when it is backlogged. */
    static Period endOf(Team team, RoadmapPlan plan, String ideaId) {
        if (isCandidate(team, ideaId)) {
            return plan.placementOf(ideaId).orElseThrow() instanceof Placement.Scheduled scheduled
                    ? scheduled.end() : null;
        }
        return team.elsewhere().get(ideaId).end();
    }

    /** Distinct dependencies of the item that are known, on this team's roadmap or another's. */
    static List<String> holdingBack(Team team, String ideaId) {
        return team.candidate(ideaId).dependsOn().stream().distinct()
                .filter(id -> isCandidate(team, id) || team.elsewhere().containsKey(id)).toList();
    }

    static long hundredths(double weeks) {
        return Math.round(weeks * 100);
    }

    private static long usedIn(Period period, Stream<Placement.Scheduled> items) {
        return items.flatMap(item -> item.allocations().stream())
                .filter(allocation -> allocation.period().equals(period))
                .mapToLong(allocation -> hundredths(allocation.weeks()))
                .sum();
    }
}
