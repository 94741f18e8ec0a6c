package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One idea's place in the pipeline as the view holds it: what the three event topics said about it, folded by
 * {@link PipelineFold}. Fields a topic has not told yet are null (or empty lists).
 *
 * @param outcome       the gate's last decision (APPROVED, REJECTED, NEEDS_REVIEW, NEEDS_INFO, PARKED), or null
 * @param roadmapStatus SCHEDULED or BACKLOGGED once the roadmap placed it, else null
 * @param allocations   person-weeks per period while scheduled
 * @param decidedAt     the first decision that was not NEEDS_REVIEW or NEEDS_INFO (for time to decision)
 * @param scheduledAt   the first time it was scheduled (for time to schedule)
 * @param ideaStatus    the idea's own status at idea-service: OPEN, WITHDRAWN or MERGED; null until its submission
 *                      (or its closing) is folded
 * @param mergedInto    the idea it was merged into, when MERGED
 * @param votes         its vote count, as the last vote event stated it (the events carry the total, so a merge that
 *                      brings voters who had voted for both ideas already counts each person once)
 * @param commentCount  comments added less comments deleted
 */
public record IdeaSummary(
        String id,
        String title,
        String team,
        List<String> themes,
        List<String> tags,
        String submitter,
        Double priority,
        BigDecimal costAmount,
        String costCurrency,
        Double effortWeeks,
        boolean assessed,
        String outcome,
        String decisionReason,
        String roadmapStatus,
        String startPeriod,
        String endPeriod,
        List<PeriodAllocation> allocations,
        String roadmapReason,
        PipelineStatus status,
        String statusReason,
        Instant createdAt,
        Instant updatedAt,
        Instant decidedAt,
        Instant scheduledAt,
        String ideaStatus,
        String mergedInto,
        long votes,
        long commentCount) {

    public IdeaSummary {
        themes = themes == null ? List.of() : List.copyOf(themes);
        tags = tags == null ? List.of() : List.copyOf(tags);
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    /** An idea the view has heard nothing about yet but its id. */
    static IdeaSummary empty(String id) {
        return new IdeaSummary(id, null, null, List.of(), List.of(), null, null, null, null, null, false, null, null,
                null, null, null, List.of(), null, PipelineStatus.SUBMITTED, null, null, null, null, null, null, null, 0, 0);
    }

    /** The primary theme (the first), or null. */
    public String primaryTheme() {
        return themes.isEmpty() ? null : themes.get(0);
    }
}
