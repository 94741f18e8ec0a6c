package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The executive picture of the pipeline, computed from idea summaries alone (pure).
 *
 * @param asOf              the instant the picture stands at: null for the live view
 * @param ideas             how many ideas it counts
 * @param funnel            ideas per status, every status listed
 * @param approvedByTheme   cost and effort of approved ideas (approved, scheduled or backlogged) per primary theme
 * @param approvedByTeam    the same per team
 * @param decisions         gate decisions by their last outcome, of the ideas still open: a withdrawal or a merge is
 *                          no decision of the gate (the funnel counts those ideas as WITHDRAWN and MERGED)
 * @param medianToDecision  median time from submission to the first final decision (ISO-8601 duration), null when none
 * @param medianToSchedule  median time from submission to the first placement on the roadmap, null when none
 * @param allocatedWeeks    person-weeks scheduled per team and period, from the roadmap events. The events carry no
 *                          capacity, so utilisation as a share of capacity is not in the view: roadmap-service's
 *                          {@code GET /api/roadmap} has it
 */
public record Portfolio(
        Instant asOf,
        long ideas,
        Map<PipelineStatus, Long> funnel,
        List<Investment> approvedByTheme,
        List<Investment> approvedByTeam,
        Map<String, Long> decisions,
        Duration medianToDecision,
        Duration medianToSchedule,
        List<Allocation> allocatedWeeks) {

    /** What approved ideas cost, summed per currency, and their effort, for one theme or team. */
    public record Investment(String name, long ideas, Map<String, BigDecimal> cost, double effortWeeks) {}

    /** Person-weeks scheduled for one team in one period. */
    public record Allocation(String team, String period, double weeks) {}

    static final String NONE = "(none)";

    public static Portfolio of(Collection<IdeaSummary> summaries, Instant asOf) {
        Map<PipelineStatus, Long> funnel = new LinkedHashMap<>();
        for (PipelineStatus status : PipelineStatus.values()) {
            funnel.put(status, 0L);
        }
        Map<String, InvestmentSum> byTheme = new TreeMap<>();
        Map<String, InvestmentSum> byTeam = new TreeMap<>();
        Map<String, Long> decisions = new TreeMap<>();
        Map<String, Map<String, Double>> allocated = new TreeMap<>();
        List<Duration> toDecision = new ArrayList<>();
        List<Duration> toSchedule = new ArrayList<>();
        for (IdeaSummary idea : summaries) {
            funnel.merge(idea.status(), 1L, Long::sum);
            if (idea.outcome() != null && !closed(idea)) {
                decisions.merge(idea.outcome(), 1L, Long::sum);
            }
            if (approved(idea)) {
                byTheme.computeIfAbsent(nameOr(idea.primaryTheme()), n -> new InvestmentSum()).add(idea);
                byTeam.computeIfAbsent(nameOr(idea.team()), n -> new InvestmentSum()).add(idea);
            }
            if (idea.createdAt() != null && idea.decidedAt() != null && !idea.decidedAt().isBefore(idea.createdAt())) {
                toDecision.add(Duration.between(idea.createdAt(), idea.decidedAt()));
            }
            if (idea.createdAt() != null && idea.scheduledAt() != null && !idea.scheduledAt().isBefore(idea.createdAt())) {
                toSchedule.add(Duration.between(idea.createdAt(), idea.scheduledAt()));
            }
            if ("SCHEDULED".equals(idea.roadmapStatus()) || "IN_PROGRESS".equals(idea.roadmapStatus())) {
                for (PeriodAllocation allocation : idea.allocations()) {
                    allocated.computeIfAbsent(nameOr(idea.team()), t -> new TreeMap<>())
                            .merge(allocation.period(), allocation.weeks(), Double::sum);
                }
            }
        }
        List<Allocation> allocations = new ArrayList<>();
        allocated.forEach((team, periods) -> periods.forEach((period, weeks) -> allocations.add(new Allocation(team, period, weeks))));
        return new Portfolio(asOf, summaries.size(), funnel, investments(byTheme), investments(byTeam), decisions,
                median(toDecision), median(toSchedule), allocations);
    }

    /** Approved at the gate and not rejected since; scheduled or backlogged ideas were approved. */
    static boolean approved(IdeaSummary idea) {
        return idea.status() == PipelineStatus.APPROVED || idea.status() == PipelineStatus.SCHEDULED
                || idea.status() == PipelineStatus.BACKLOGGED || idea.status() == PipelineStatus.IN_PROGRESS
                || idea.status() == PipelineStatus.DELIVERED;
    }

    /** Withdrawn or merged: whatever the gate said before no longer stands (the outcome is WITHDRAWN, or soon will be). */
    static boolean closed(IdeaSummary idea) {
        return idea.status() == PipelineStatus.WITHDRAWN || idea.status() == PipelineStatus.MERGED
                || "WITHDRAWN".equals(idea.outcome());
    }

    /** The median: the middle value, or the mean of the two middle values; null for none. */
    public static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static String nameOr(String name) {
        return name == null || name.isBlank() ? NONE : name;
    }

    private static List<Investment> investments(Map<String, InvestmentSum> sums) {
        List<Investment> investments = new ArrayList<>();
        sums.forEach((name, sum) -> investments.add(new Investment(name, sum.ideas, sum.cost, sum.effortWeeks)));
        return investments;
    }

    private static final class InvestmentSum {
        long ideas;
        final Map<String, BigDecimal> cost = new TreeMap<>();
        double effortWeeks;

        void add(IdeaSummary idea) {
            ideas++;
            if (idea.costAmount() != null) {
                cost.merge(idea.costCurrency() == null ? NONE : idea.costCurrency(), idea.costAmount(), BigDecimal::add);
            }
            if (idea.effortWeeks() != null) {
                effortWeeks += idea.effortWeeks();
            }
        }
    }
}
