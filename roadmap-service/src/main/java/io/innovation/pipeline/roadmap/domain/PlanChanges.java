package io.innovation.pipeline.roadmap.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The changes from one plan of a team to the next, in the next plan's rank order. An item whose
 * periods and weeks per period stay the same yields nothing, whatever its rank or reason, so
 * planning the same inputs again publishes nothing new. Items that left the candidates (delivered,
 * withdrawn) are not reported here. Linear in the size of the plans: placements are looked up by
 * id, and what higher-ranked items use is summed as the next plan is walked in rank order.
 */
public final class PlanChanges {

    /** Causes written out in each change; the rest are counted. */
    public static final int CAUSES_NAMED = 3;

    private PlanChanges() {
    }

    /** @param previous the plan published before, or null if there was none */
    public static List<PlanChange> between(RoadmapPlan previous, RoadmapPlan next) {
        return between(previous, next, List.of());
    }

    /**
     * @param previous the plan published before, or null if there was none
     * @param causes   what changed since {@code previous} and who changed it, in the caller's words,
     *                 e.g. "capacity of team web in 2027-Q1 cut from 39 to 26 weeks by paul"; each
     *                 change's reason ends with them in parentheses (the first three, and how many more)
     */
    public static List<PlanChange> between(RoadmapPlan previous, RoadmapPlan next, List<String> causes) {
        int named = Math.min(CAUSES_NAMED, causes.size());
        return between(previous, next, causes.subList(0, named), causes.size() - named);
    }

    /**
     * As {@link #between(RoadmapPlan, RoadmapPlan, List)} for a caller that kept only the first causes: {@code named}
     * (at most {@value #CAUSES_NAMED} are written) and the count of the others.
     */
    public static List<PlanChange> between(RoadmapPlan previous, RoadmapPlan next, List<String> named, int unnamed) {
        Objects.requireNonNull(next, "next");
        if (previous != null && !previous.team().equals(next.team())) {
            throw new IllegalArgumentException("plans of different teams: " + previous.team() + ", " + next.team());
        }
        String causedBy = causedBy(named, unnamed);
        Map<Period, Long> usedAbove = new HashMap<>();
        List<PlanChange> changes = new ArrayList<>();
        for (Placement now : next.placements()) {
            Placement before = previous == null ? null : previous.placementOf(now.ideaId()).orElse(null);
            change(before, now, previous, next, usedAbove, causedBy).ifPresent(changes::add);
            if (now instanceof Placement.Scheduled scheduled) {
                scheduled.allocations().forEach(allocation ->
                        usedAbove.merge(allocation.period(), Weeks.inHundredths(allocation.weeks()), Long::sum));
            }
        }
        return changes;
    }

    /** " (a; b; c; and 2 more changes)", or nothing without causes. */
    private static String causedBy(List<String> causes, int unnamed) {
        if (causes.isEmpty() && unnamed == 0) {
            return "";
        }
        List<String> named = new ArrayList<>(causes.subList(0, Math.min(CAUSES_NAMED, causes.size())));
        int more = unnamed + causes.size() - named.size();
        if (more > 0) {
            named.add("and " + more + (more == 1 ? " more change" : " more changes"));
        }
        return " (" + String.join("; ", named) + ")";
    }

    /** "Reason." becomes "Reason (causes)." */
    private static String withCauses(String why, String causedBy) {
        if (causedBy.isEmpty()) {
            return why;
        }
        String sentence = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        return sentence + causedBy + ".";
    }

    private static Optional<PlanChange> change(Placement before, Placement now, RoadmapPlan previous, RoadmapPlan next,
                                               Map<Period, Long> usedAbove, String causedBy) {
        if (now instanceof Placement.Scheduled scheduled) {
            if (before instanceof Placement.Scheduled was) {
                return was.allocations().equals(scheduled.allocations())
                        ? Optional.empty()
                        : Optional.of(new PlanChange.ItemRescheduled(was.start(), was.end(), scheduled,
                                withCauses(whyRescheduled(was, scheduled, previous, next, usedAbove), causedBy)));
            }
            // an item new to the plan is explained by its own placement: the causes are what moved the others
            return Optional.of(new PlanChange.ItemScheduled(scheduled, before == null ? scheduled.reason()
                    : withCauses("No longer backlogged. " + scheduled.reason(), causedBy)));
        }
        Placement.Backlogged backlogged = (Placement.Backlogged) now;
        if (before instanceof Placement.Backlogged) {
            return Optional.empty();
        }
        if (before == null) {
            return Optional.of(new PlanChange.ItemBacklogged(backlogged, backlogged.reason()));
        }
        Placement.Scheduled was = (Placement.Scheduled) before;
        return Optional.of(new PlanChange.ItemBacklogged(backlogged,
                withCauses("Was planned for " + span(was) + ". " + backlogged.reason(), causedBy)));
    }

    /** What moved, then each difference in the inputs that explains it. */
    private static String whyRescheduled(Placement.Scheduled was, Placement.Scheduled now, RoadmapPlan previous,
                                         RoadmapPlan next, Map<Period, Long> usedAbove) {
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
        // In the same start period a new effort explains a new end or split by itself.
        if (!was.start().equals(now.start()) || was.effortWeeks() == now.effortWeeks()) {
            causes.add(placementCause(was, now, previous, next, usedAbove));
        }
        return headline + ": " + String.join("; ", causes) + ".";
    }

    private static String placementCause(Placement.Scheduled was, Placement.Scheduled now, RoadmapPlan previous,
                                         RoadmapPlan next, Map<Period, Long> usedAbove) {
        if (was.start().compareTo(next.horizonStart()) < 0 && now.start().compareTo(was.start()) > 0) {
            return "the horizon now starts in " + next.horizonStart();
        }
        if (now.inProgress()) {
            return "it is in progress, in its slot " + span(now);
        }
        if (now.pinnedTo() != null && now.start().equals(now.pinnedTo())) {
            return "it is pinned to " + now.pinnedTo();
        }
        if (now.start().compareTo(was.start()) > 0) {
            Optional<Ended> blocker = dependencies(now, next).values().stream()
                    .filter(dependency -> dependency.end().compareTo(was.start()) >= 0)
                    .max((a, b) -> a.end().compareTo(b.end()));
            if (blocker.isPresent()) {
                return "it must come after " + blocker.get().name() + ", which now ends in " + blocker.get().end();
            }
            // Starting any earlier failed, so the period before the new start has no room left.
            Period full = now.start().plus(-1);
            double capacity = next.capacity().weeksIn(full);
            return capacity == 0
                    ? full + " now has no capacity"
                    : "higher-ranked items now take all " + Weeks.format(capacity) + " weeks of " + full;
        }
        if (now.start().compareTo(was.start()) < 0) {
            Map<String, Ended> stillBefore = dependencies(now, next);
            List<String> released = new ArrayList<>();
            for (Map.Entry<String, Ended> dependency : dependencies(was, previous).entrySet()) {
                if (dependency.getValue().end().compareTo(now.start()) >= 0) {
                    Ended still = stillBefore.get(dependency.getKey());
                    released.add(still != null
                            ? still.name() + " now ends in " + still.end()
                            : "it no longer waits for " + dependency.getValue().name());
                }
            }
            if (!released.isEmpty()) {
                return String.join("; ", released);
            }
            return "room opened up in " + now.start() + ": " + usedAbove(now.start(), next, usedAbove);
        }
        Period differs = firstDifferingPeriod(was, now);
        return usedAbove(differs, next, usedAbove) + " in " + differs;
    }

    /** A dependency an item was planned after: "L" or "idea-7 of team web", and its end. */
    private record Ended(String name, Period end) {
    }

    /** The item's dependencies by id, on its own team's plan or on others', with their ends. */
    private static Map<String, Ended> dependencies(Placement.Scheduled item, RoadmapPlan plan) {
        Map<String, ExternalItem> external = item.externalAfter().stream()
                .collect(Collectors.toMap(ExternalItem::ideaId, dependency -> dependency));
        Map<String, Ended> ends = new LinkedHashMap<>();
        for (String id : item.scheduledAfter()) {
            ExternalItem there = external.get(id);
            if (there != null) {
                ends.put(id, new Ended(id + " of team " + there.team(), there.end()));
            } else if (plan.placementOf(id).orElse(null) instanceof Placement.Scheduled here) {
                ends.put(id, new Ended(id, here.end()));
            }
        }
        return ends;
    }

    /** "higher-ranked items now take 10 of 26 weeks", from the weeks booked by items ranked above. */
    private static String usedAbove(Period period, RoadmapPlan plan, Map<Period, Long> usedAbove) {
        return "higher-ranked items now take " + Weeks.format(usedAbove.getOrDefault(period, 0L)) + " of "
                + Weeks.format(plan.capacity().weeksIn(period)) + " weeks";
    }

    private static Period firstDifferingPeriod(Placement.Scheduled was, Placement.Scheduled now) {
        int i = 0;
        while (i < was.allocations().size() && i < now.allocations().size()
                && was.allocations().get(i).equals(now.allocations().get(i))) {
            i++;
        }
        return i < now.allocations().size() ? now.allocations().get(i).period() : was.allocations().get(i).period();
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
