package io.innovation.pipeline.roadmap.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The changes from one plan of a team to the next, in the next plan's rank order. An item whose
 * quarters and weeks per quarter stay the same yields nothing, whatever its rank or reason, so
 * planning the same inputs again publishes nothing new. Items that left the candidates (delivered,
 * withdrawn) are not reported here.
 */
public final class PlanChanges {

    private PlanChanges() {
    }

    /** @param previous the plan published before, or null if there was none */
    public static List<PlanChange> between(RoadmapPlan previous, RoadmapPlan next) {
        Objects.requireNonNull(next, "next");
        if (previous != null && !previous.team().equals(next.team())) {
            throw new IllegalArgumentException("plans of different teams: " + previous.team() + ", " + next.team());
        }
        List<PlanChange> changes = new ArrayList<>();
        for (Placement now : next.placements()) {
            Placement before = previous == null ? null : previous.placementOf(now.ideaId()).orElse(null);
            change(before, now, previous, next).ifPresent(changes::add);
        }
        return changes;
    }

    private static Optional<PlanChange> change(Placement before, Placement now, RoadmapPlan previous, RoadmapPlan next) {
        if (now instanceof Placement.Scheduled scheduled) {
            if (before instanceof Placement.Scheduled was) {
                return was.allocations().equals(scheduled.allocations())
                        ? Optional.empty()
                        : Optional.of(new PlanChange.ItemRescheduled(was.start(), was.end(), scheduled,
                                whyRescheduled(was, scheduled, previous, next)));
            }
            String why = before == null ? scheduled.reason() : "No longer backlogged. " + scheduled.reason();
            return Optional.of(new PlanChange.ItemScheduled(scheduled, why));
        }
        Placement.Backlogged backlogged = (Placement.Backlogged) now;
        if (before instanceof Placement.Backlogged) {
            return Optional.empty();
        }
        String why = before instanceof Placement.Scheduled was
                ? "Was planned for " + span(was) + ". " + backlogged.reason()
                : backlogged.reason();
        return Optional.of(new PlanChange.ItemBacklogged(backlogged, why));
    }

    /** What moved, then each difference in the inputs that explains it. */
    private static String whyRescheduled(Placement.Scheduled was, Placement.Scheduled now, RoadmapPlan previous,
                                         RoadmapPlan next) {
        String headline;
        if (!was.start().equals(now.start())) {
            headline = "Moved from " + span(was) + " to " + span(now);
        } else if (!was.end().equals(now.end())) {
            headline = "Now planned for " + span(now) + " instead of " + span(was);
        } else {
            headline = "New split over " + span(now) + ": " + split(now) + " weeks instead of " + split(was);
        }
        List<String> causes = new ArrayList<>();
        if (was.effortWeeks() != now.effortWeeks()) {
            causes.add("its effort changed from " + Weeks.format(was.effortWeeks()) + " to "
                    + Weeks.format(now.effortWeeks()) + " weeks");
        }
        if (was.rank() != now.rank()) {
            causes.add("it is now rank " + now.rank() + " (was " + was.rank() + ")");
        }
        // In the same start quarter a new effort explains a new end or split by itself.
        if (!was.start().equals(now.start()) || was.effortWeeks() == now.effortWeeks()) {
            causes.add(placementCause(was, now, previous, next));
        }
        return headline + ": " + String.join("; ", causes) + ".";
    }

    private static String placementCause(Placement.Scheduled was, Placement.Scheduled now, RoadmapPlan previous,
                                         RoadmapPlan next) {
        if (now.start().compareTo(was.start()) > 0) {
            if (was.start().compareTo(next.horizonStart()) < 0) {
                return "the horizon now starts in " + next.horizonStart();
            }
            Optional<Placement.Scheduled> blocker = scheduled(next, now.scheduledAfter()).stream()
                    .filter(dependency -> dependency.end().compareTo(was.start()) >= 0)
                    .max(Comparator.comparing(Placement.Scheduled::end));
            if (blocker.isPresent()) {
                return "it must come after " + blocker.get().ideaId() + ", which now ends in " + blocker.get().end();
            }
            // Starting any earlier failed, so the quarter before the new start has no room left.
            Quarter full = now.start().plus(-1);
            double capacity = next.capacity().weeksIn(full);
            return capacity == 0
                    ? full + " now has no capacity"
                    : "higher-ranked items now take all " + Weeks.format(capacity) + " weeks of " + full;
        }
        if (now.start().compareTo(was.start()) < 0) {
            List<String> released = new ArrayList<>();
            for (Placement.Scheduled dependency : scheduled(previous, was.scheduledAfter())) {
                if (dependency.end().compareTo(now.start()) >= 0) {
                    released.add(scheduled(next, now.scheduledAfter()).stream()
                            .filter(stillBefore -> stillBefore.ideaId().equals(dependency.ideaId()))
                            .findFirst()
                            .map(stillBefore -> stillBefore.ideaId() + " now ends in " + stillBefore.end())
                            .orElse("it no longer waits for " + dependency.ideaId()));
                }
            }
            if (!released.isEmpty()) {
                return String.join("; ", released);
            }
            return "room opened up in " + now.start() + ": " + usedAbove(now, now.start(), next);
        }
        Quarter differs = firstDifferingQuarter(was, now);
        return usedAbove(now, differs, next) + " in " + differs;
    }

    /** "higher-ranked items now take 10 of 26 weeks", counting items ranked above {@code item}. */
    private static String usedAbove(Placement.Scheduled item, Quarter quarter, RoadmapPlan plan) {
        long used = plan.placements().stream()
                .filter(placement -> placement.rank() < item.rank())
                .flatMap(placement -> placement instanceof Placement.Scheduled scheduled
                        ? scheduled.allocations().stream()
                        : Stream.empty())
                .filter(allocation -> allocation.quarter().equals(quarter))
                .mapToLong(allocation -> Weeks.inHundredths(allocation.weeks()))
                .sum();
        return "higher-ranked items now take " + Weeks.format(used) + " of "
                + Weeks.format(plan.capacity().weeksIn(quarter)) + " weeks";
    }

    private static Quarter firstDifferingQuarter(Placement.Scheduled was, Placement.Scheduled now) {
        int i = 0;
        while (i < was.allocations().size() && i < now.allocations().size()
                && was.allocations().get(i).equals(now.allocations().get(i))) {
            i++;
        }
        return i < now.allocations().size() ? now.allocations().get(i).quarter() : was.allocations().get(i).quarter();
    }

    private static List<Placement.Scheduled> scheduled(RoadmapPlan plan, List<String> ideaIds) {
        return ideaIds.stream()
                .map(plan::placementOf)
                .flatMap(Optional::stream)
                .filter(Placement.Scheduled.class::isInstance)
                .map(Placement.Scheduled.class::cast)
                .toList();
    }

    private static String span(Placement.Scheduled placement) {
        return Wording.span(placement.start(), placement.end());
    }

    private static String split(Placement.Scheduled placement) {
        return placement.allocations().stream()
                .map(allocation -> Weeks.format(allocation.weeks()))
                .collect(Collectors.joining(" + "));
    }
}
