package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import io.innovation.pipeline.evaluation.domain.Refusal.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules for people at the gate: who may review or decide an idea, and when. Nobody reviews or decides an own
 * idea; reviews are taken while the idea waits at the gate; a decision needs the reviews the policy requires, and a
 * decision against the policy's proposal needs a rationale.
 */
public final class GateRules {

    private GateRules() {
    }

    /**
     * @param submitter     who submitted the idea
     * @param waiting       the idea waits for reviews or a decision (its latest outcome is NEEDS_REVIEW or NEEDS_INFO)
     * @param currentVersion the idea's current version
     * @param reviewedVersion the version the reviewer names, or null for the current one
     */
    public static Optional<Refusal> checkReview(String reviewer, String submitter, boolean waiting, long currentVersion,
                                                Long reviewedVersion) {
        if (reviewer == null || reviewer.isBlank()) {
            return Optional.of(Refusal.of(Kind.FORBIDDEN, "actor", "a review needs a reviewer: the command names no actor"));
        }
        if (reviewer.equals(submitter)) {
            return Optional.of(Refusal.of(Kind.FORBIDDEN, "actor", "nobody reviews an own idea: " + reviewer + " submitted it"));
        }
        if (reviewedVersion != null && reviewedVersion != currentVersion) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "ideaVersion",
                    "version " + reviewedVersion + " is not the idea's current version " + currentVersion));
        }
        if (!waiting) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "ideaId", "the idea is not waiting at the gate: it was decided already"));
        }
        return Optional.empty();
    }

    /**
     * @param gate        the policy's view of the idea now (its proposal and the reviews it requires)
     * @param reviewCount reviews of the current version
     */
    public static Optional<Refusal> checkDecision(String decider, String submitter, Outcome outcome, String rationale,
                                                  List<String> questions, GateDecision gate, int reviewCount) {
        if (decider == null || decider.isBlank()) {
            return Optional.of(Refusal.of(Kind.FORBIDDEN, "actor", "a decision needs a decider: the command names no actor"));
        }
        if (decider.equals(submitter)) {
            return Optional.of(Refusal.of(Kind.FORBIDDEN, "actor", "nobody decides an own idea: " + decider + " submitted it"));
        }
        List<Violation> invalid = new ArrayList<>();
        if (outcome == null || !outcome.decidable()) {
            invalid.add(new Violation("outcome", "must be APPROVED, REJECTED, NEEDS_INFO or PARKED"));
        } else if (outcome != gate.proposal() && blank(rationale)) {
            invalid.add(new Violation("rationale", "is required: " + outcome + " goes against the policy's proposal "
                    + gate.proposal()));
        }
        if (outcome == Outcome.NEEDS_INFO && (questions == null || questions.isEmpty()) && blank(rationale)) {
            invalid.add(new Violation("questions", "are required for NEEDS_INFO (or a rationale that asks them)"));
        }
        if (!invalid.isEmpty()) {
            return Optional.of(new Refusal(Kind.INVALID, invalid));
        }
        if (reviewCount < gate.reviewsRequired()) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "ideaId", "the idea needs " + gate.reviewsRequired()
                    + " review(s) before a decision, it has " + reviewCount));
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
