package io.innovation.pipeline.roadmap.stream;

import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.roadmap.domain.Allocation;
import io.innovation.pipeline.roadmap.domain.ExternalItem;
import io.innovation.pipeline.roadmap.domain.ItemStatus;
import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.domain.Placement;
import io.innovation.pipeline.roadmap.domain.RoadmapCandidate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One approved idea on its team's roadmap: what the scheduler needs of it (effort, priority, dependencies, pin,
 * progress) and its place as last published. Stored under {@code <team>/<ideaId>}, one small value per item, and
 * rewritten only when the item itself changes, so planning a team never rewrites its other items.
 *
 * @param status           {@link ItemStatus}
 * @param allocations      the periods and weeks as last published (empty while pending or backlogged)
 * @param rank             the rank it had when its place was last published
 * @param reason           the reason published with its place
 * @param scheduledAfter   the dependencies it was placed after
 * @param startedWith      the slot it keeps while in progress
 * @param externalAfter    the other teams' items it was placed after, with the ends it was placed after
 */
public record RoadmapItemView(
        String ideaId,
        String team,
        String title,
        String status,
        String startPeriod,
        String endPeriod,
        List<PeriodAllocation> allocations,
        int rank,
        double priority,
        double effortWeeks,
        String reason,
        Instant updatedAt,
        Instant approvedAt,
        List<String> dependsOn,
        String pinnedTo,
        List<String> scheduledAfter,
        List<PeriodAllocation> startedWith,
        List<ExternalAfter> externalAfter) {

    /** Another team's item this one was placed after, and that item's last period then. */
    public record ExternalAfter(String ideaId, String team, String endPeriod) {
    }

    public RoadmapItemView {
        externalAfter = externalAfter == null ? List.of() : List.copyOf(externalAfter);
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        scheduledAfter = scheduledAfter == null ? List.of() : List.copyOf(scheduledAfter);
        startedWith = startedWith == null ? List.of() : List.copyOf(startedWith);
    }

    /** The store key: a team's items lie together, so a team is read with one prefix scan. */
    static String key(String team, String ideaId) {
        return team + "/" + ideaId;
    }

    static String teamPrefix(String team) {
        return team + "/";
    }

    static RoadmapItemView approved(String team, IdeaDecided decision, Instant at) {
        return new RoadmapItemView(decision.ideaId(), team, decision.title(), ItemStatus.PENDING.name(), null, null, List.of(), 0,
                decision.priority(), decision.effortWeeks(), "Approved; being placed on the roadmap.", at, decision.decidedAt(),
                decision.dependsOn(), null, List.of(), List.of(), List.of());
    }

    ItemStatus itemStatus() {
        return ItemStatus.valueOf(status);
    }

    /** A new approval (a new version of the idea): new facts, the same place, pin and progress. */
    RoadmapItemView reapproved(IdeaDecided decision) {
        return new RoadmapItemView(ideaId, team, decision.title(), status, startPeriod, endPeriod, allocations, rank,
                decision.priority(), decision.effortWeeks(), reason, updatedAt, decision.decidedAt(), decision.dependsOn(), pinnedTo,
                scheduledAfter, startedWith, externalAfter);
    }

    RoadmapItemView withPriority(double newPriority) {
        return new RoadmapItemView(ideaId, team, title, status, startPeriod, endPeriod, allocations, rank, newPriority,
                effortWeeks, reason, updatedAt, approvedAt, dependsOn, pinnedTo, scheduledAfter, startedWith, externalAfter);
    }

    RoadmapItemView pinned(Period period, Instant at) {
        return new RoadmapItemView(ideaId, team, title, status, startPeriod, endPeriod, allocations, rank, priority,
                effortWeeks, reason, at, approvedAt, dependsOn, period == null ? null : period.toString(), scheduledAfter, startedWith,
                externalAfter);
    }

    RoadmapItemView started(Instant at) {
        return new RoadmapItemView(ideaId, team, title, ItemStatus.IN_PROGRESS.name(), startPeriod, endPeriod, allocations, rank,
                priority, effortWeeks, reason, at, approvedAt, dependsOn, null, scheduledAfter, allocations, externalAfter);
    }

    RoadmapItemView delivered(Instant at) {
        return new RoadmapItemView(ideaId, team, title, ItemStatus.DELIVERED.name(), startPeriod, endPeriod, allocations, rank,
                priority, effortWeeks, "Delivered.", at, approvedAt, dependsOn, null, scheduledAfter, startedWith, externalAfter);
    }

    /** Its new place as the scheduler decided and the change published it. */
    RoadmapItemView placed(Placement placement, String publishedReason, Instant at) {
        ItemStatus placedAs = itemStatus() == ItemStatus.IN_PROGRESS ? ItemStatus.IN_PROGRESS
                : placement instanceof Placement.Scheduled ? ItemStatus.SCHEDULED : ItemStatus.BACKLOGGED;
        if (placement instanceof Placement.Scheduled scheduled) {
            return new RoadmapItemView(ideaId, team, title, placedAs.name(), scheduled.start().toString(), scheduled.end().toString(),
                    periodAllocations(scheduled.allocations()), scheduled.rank(), priority, effortWeeks, publishedReason, at, approvedAt,
                    dependsOn, pinnedTo, scheduled.scheduledAfter(), startedWith, scheduled.externalAfter().stream()
                    .map(e -> new ExternalAfter(e.ideaId(), e.team(), e.end() == null ? null : e.end().toString())).toList());
        }
        return new RoadmapItemView(ideaId, team, title, placedAs.name(), null, null, List.of(), placement.rank(), priority,
                effortWeeks, publishedReason, at, approvedAt, dependsOn, pinnedTo, List.of(), startedWith, List.of());
    }

    RoadmapCandidate candidate() {
        return new RoadmapCandidate(ideaId, title, effortWeeks, priority, approvedAt, pinnedTo == null ? null : Period.parse(pinnedTo),
                startedWith.stream().map(a -> new Allocation(Period.parse(a.period()), a.weeks())).toList(), dependsOn);
    }

    /** Its place as last published, for comparing the next plan with; empty while pending or delivered. */
    Optional<Placement> publishedPlacement() {
        return switch (itemStatus()) {
            case SCHEDULED, IN_PROGRESS -> Optional.of(new Placement.Scheduled(ideaId, title, rank, priority, effortWeeks,
                    allocations.stream().map(a -> new Allocation(Period.parse(a.period()), a.weeks())).toList(), scheduledAfter,
                    externalAfter.stream().map(e -> new ExternalItem(e.ideaId(), e.team(), e.endPeriod() == null ? null : Period.parse(e.endPeriod()),
                            List.of())).toList(),
                    pinnedTo == null ? null : Period.parse(pinnedTo), itemStatus() == ItemStatus.IN_PROGRESS, reason));
            case BACKLOGGED -> Optional.of(new Placement.Backlogged(ideaId, title, rank, priority, effortWeeks, reason));
            case PENDING, DELIVERED -> Optional.empty();
        };
    }

    /** Weeks this item holds in {@code period} as started work. */
    double startedWeeksIn(Period period) {
        return startedWith.stream().filter(a -> a.period().equals(period.toString())).mapToDouble(PeriodAllocation::weeks).sum();
    }

    static List<PeriodAllocation> periodAllocations(List<Allocation> allocations) {
        return allocations.stream().map(a -> new PeriodAllocation(a.period().toString(), a.weeks())).toList();
    }
}
