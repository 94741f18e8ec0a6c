package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.contracts.events.BudgetStanding;
import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * A decision at the gate as published: the outcome and why, who decided (the policy, or a person) and when, what the
 * policy proposed and the person's rationale (for a person's decision), questions for NEEDS_INFO, the budget standing
 * of an approval, and the two explanations.
 */
public record Decision(Outcome outcome, String reason, String decidedBy, Instant at, Outcome proposal, String rationale,
                       List<String> questions, BudgetStanding budget, String engineerExplanation, String executiveExplanation) {

    public Decision {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The idea holds a reservation from its theme's envelope. */
    public boolean holdsBudget() {
        return outcome == Outcome.APPROVED && budget != null && budget.missing().signum() == 0;
    }

    public boolean waiting() {
        return outcome == Outcome.NEEDS_REVIEW || outcome == Outcome.NEEDS_INFO;
    }
}
