package io.innovation.pipeline.gateway.compose;

import static io.innovation.pipeline.gateway.compose.Part.EVALUATION;
import static io.innovation.pipeline.gateway.compose.Part.IDEA;
import static io.innovation.pipeline.gateway.compose.Part.ROADMAP;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.APPROVED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.BACKLOGGED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.IN_EVALUATION;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.MERGED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.NEEDS_INFO;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.PARKED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.REJECTED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.SCHEDULED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.SUBMITTED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.WITHDRAWN;

import java.util.List;
import java.util.Set;

/**
 * Derives where an idea stands from the furthest stage any back-end reports: a roadmap placement
 * outranks a gate decision, which outranks a bare assessment, which outranks the submission alone. A merge into
 * another idea, then a withdrawal, outrank everything: the evaluation and the roadmap may not have closed the idea yet.
 */
public final class StatusDerivation {

    private StatusDerivation() {}

    /**
     * @param evaluation  evaluation-service's document, or null when it has none or did not answer
     * @param roadmap     roadmap-service's item, or null when it has none or did not answer
     * @param unavailable the parts that did not answer; those past the deciding stage make the status possibly behind
     */
    public static DerivedStatus derive(EvaluationPart evaluation, RoadmapPart roadmap, Set<Part> unavailable) {
        return derive(null, null, evaluation, roadmap, unavailable);
    }

    /**
     * @param ideaStatus the idea's own status at idea-service ({@code OPEN}, {@code WITHDRAWN}, {@code MERGED}), or
     *                   null when unknown
     * @param mergedInto the idea it was merged into, when {@code MERGED}
     */
    public static DerivedStatus derive(String ideaStatus, String mergedInto, EvaluationPart evaluation, RoadmapPart roadmap,
                                       Set<Part> unavailable) {
        if ("MERGED".equals(ideaStatus)) {
            return explain(MERGED, mergedInto == null ? "Merged into another idea as a duplicate"
                    : "Merged into " + mergedInto + " as a duplicate", null, IDEA, Set.of());
        }
        EvaluationPart.Decision decision = evaluation == null ? null : evaluation.decision();
        if (decision != null && "WITHDRAWN".equals(decision.outcome())) {
            // the reason says it all ("Withdrawn by alice: …"); only a reason-less decision needs the word
            String said = decision.reason() == null || decision.reason().isBlank() ? "Withdrawn" : decision.reason().strip();
            return explain(WITHDRAWN, said.endsWith(".") ? said.substring(0, said.length() - 1) : said, null, EVALUATION, Set.of());
        }
        if ("WITHDRAWN".equals(ideaStatus)) {
            // evaluation-service has not closed it yet, or never evaluated it: its reason is not known here
            return explain(WITHDRAWN, "Withdrawn", null, IDEA, Set.of());
        }
        String roadmapReason = roadmap == null ? null : roadmap.reason();
        return switch (roadmap == null ? "" : roadmap.status()) {
            case "SCHEDULED" -> explain(SCHEDULED, "Scheduled on the roadmap" + periods(roadmap), roadmapReason, ROADMAP, unavailable);
            case "BACKLOGGED" -> explain(BACKLOGGED, "Approved, but there is no room for it on the roadmap yet",
                    roadmapReason, ROADMAP, unavailable);
            case "IN_PROGRESS" -> explain(PipelineStatus.IN_PROGRESS, "In progress" + periods(roadmap), null, ROADMAP, unavailable);
            case "DELIVERED" -> explain(PipelineStatus.DELIVERED, "Delivered", null, ROADMAP, unavailable);
            default -> fromEvaluation(evaluation, unavailable);
        };
    }

    private static DerivedStatus fromEvaluation(EvaluationPart evaluation, Set<Part> unavailable) {
        EvaluationPart.Decision decision = evaluation == null ? null : evaluation.decision();
        String decisionReason = decision == null ? null : decision.reason();
        return switch (decision == null ? "" : decision.outcome()) {
            case "APPROVED" -> explain(APPROVED, "Approved, waiting for a place on the roadmap", decisionReason, EVALUATION, unavailable);
            case "REJECTED" -> explain(REJECTED, "Rejected at the gate", decisionReason, EVALUATION, unavailable);
            case "NEEDS_REVIEW" -> explain(IN_EVALUATION, "Waiting for a reviewer", decisionReason, EVALUATION, unavailable);
            case "NEEDS_INFO" -> explain(NEEDS_INFO, "Back to the submitter with questions", decisionReason, EVALUATION, unavailable);
            case "PARKED" -> explain(PARKED, "Parked at the gate", decisionReason, EVALUATION, unavailable);
            default -> evaluation != null && evaluation.assessment() != null
                    ? explain(IN_EVALUATION, "Scored, waiting for the gate decision", null, EVALUATION, unavailable)
                    : explain(SUBMITTED, "Submitted, waiting for evaluation", null, IDEA, unavailable);
        };
    }

    /** The lead sentence, then the deciding part's own reason, then a warning if a later part did not answer. */
    private static DerivedStatus explain(PipelineStatus status, String lead, String deciderReason, Part decidingPart,
                                         Set<Part> unavailable) {
        String reason = deciderReason == null ? "" : deciderReason.strip();
        StringBuilder sentence = new StringBuilder(lead).append(reason.isEmpty() ? "." : ": " + withFullStop(reason));
        List<String> silentLaterParts = unavailable.stream()
                .filter(part -> part.compareTo(decidingPart) > 0)
                .sorted()
                .map(Part::service)
                .toList();
        if (!silentLaterParts.isEmpty()) {
            sentence.append(" The status may be behind: ")
                    .append(String.join(" and ", silentLaterParts))
                    .append(" did not answer.");
        }
        return new DerivedStatus(status, sentence.toString());
    }

    private static String periods(RoadmapPart roadmap) {
        String start = roadmap.startPeriod();
        String end = roadmap.endPeriod();
        if (start == null || start.isEmpty()) {
            return "";
        }
        return end == null || end.isEmpty() || end.equals(start) ? " for " + start : " from " + start + " to " + end;
    }

    private static String withFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
