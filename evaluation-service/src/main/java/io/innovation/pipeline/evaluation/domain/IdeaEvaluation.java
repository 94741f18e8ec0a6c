package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.contracts.events.BudgetStanding;
import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * Everything evaluation-service knows of one idea, and how it changes. Each change returns a {@link Step}: the
 * state after it and what to publish or ask of the theme's budget. Pure: the stream layer stores and publishes.
 *
 * <p>An approval of an idea with a cost and a primary theme is not final until the theme's budget answers: it is
 * {@code pending} under a sequence number, and an answer to an older sequence is stale (its reservation, if any, is
 * released again). A decided idea keeps its decision when it is re-scored; only a new version re-opens it.
 *
 * @param decision        the latest published decision
 * @param pending         an approval waiting for its reservation, or null
 * @param waitingSince    when the current version began waiting at the gate, or null when it is not waiting
 * @param sequence        the number of the latest approval sent to the budget
 */
public record IdeaEvaluation(IdeaFacts facts, long version, String submitter, List<String> dependsOn, Reviews reviews,
                             Assessment assessment, GateDecision gate, Decision decision, Decision pending,
                             Instant waitingSince, long sequence) {

    public static final String POLICY = "policy";

    public IdeaEvaluation {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** The rules an idea is evaluated by, as they stand. */
    public record Rules(Strategy strategy, ScoringSettings scoring, GatePolicy gate) {
    }

    /**
     * What a change produced. {@code assessed}: a new assessment to publish; {@code review} (with {@code replaced})
     * a review to publish; {@code decided} a decision to publish; {@code budget} a request to the theme's budget.
     */
    public record Step(IdeaEvaluation after, boolean assessed, Review review, boolean replaced, Decision decided,
                       List<BudgetRequest> budget) {

        public Step {
            budget = List.copyOf(budget);
        }
    }

    /** A new version of an idea (or its first): scored and gated afresh; a reservation of an earlier version is released. */
    public static Step submitted(IdeaEvaluation previous, IdeaFacts facts, long version, String submitter,
                                 List<String> dependsOn, Instant at, Rules rules) {
        Reviews reviews = Reviews.none(version);
        Assessment assessment = Scorer.assess(facts, rules.strategy(), rules.scoring(), reviews);
        GateDecision gate = rules.gate().decide(assessment, facts.costAmount(), facts.costCurrency(), 0);
        long sequence = previous == null ? 0 : previous.sequence;
        IdeaEvaluation fresh = new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, assessment, gate, null, null,
                null, sequence);
        List<BudgetRequest> requests = new java.util.ArrayList<>();
        if (previous != null && previous.decision != null && previous.decision.holdsBudget()) {
            requests.add(new BudgetRequest.Release(previous.decision.budget().themeId(), facts.ideaId(), sequence));
        }
        Step step = gate.automatic()
                ? fresh.decide(gate.outcome(), gate.reason(), POLICY, null, null, List.of(), at)
                : fresh.waitForPeople(at);
        requests.addAll(step.budget);
        return new Step(step.after, true, null, false, step.decided, requests);
    }

    /** A review of the current version: replaces the reviewer's earlier one, re-scores, and updates the gate. */
    public Step reviewed(Review review, Instant at, Rules rules) {
        boolean replaced = reviews.hasReviewBy(review.reviewer());
        Reviews next = reviews.with(review);
        Assessment rescored = Scorer.assess(facts, rules.strategy(), rules.scoring(), next);
        GateDecision newGate = rules.gate().decide(rescored, facts.costAmount(), facts.costCurrency(), next.count());
        IdeaEvaluation after = new IdeaEvaluation(facts, version, submitter, dependsOn, next, rescored, newGate, decision,
                pending, waitingSince, sequence);
        Decision waiting = decision != null && decision.outcome() == Outcome.NEEDS_REVIEW
                ? after.policyDecision(Outcome.NEEDS_REVIEW, newGate.reason(), at, null) : null;
        if (waiting != null) {
            after = after.withDecision(waiting);
        }
        return new Step(after, true, review, replaced, waiting, List.of());
    }

    /** A person's decision (already checked by {@link GateRules#checkDecision}). */
    public Step decidedBy(String decider, Outcome outcome, String rationale, List<String> questions, Instant at) {
        String reason = outcome + " by " + decider + (outcome == gate.proposal()
                ? ", as the policy proposed" : ", against the policy's proposal " + gate.proposal())
                + (rationale == null || rationale.isBlank() ? "" : ": " + rationale.strip());
        return decide(outcome, reason, decider, gate.proposal(), rationale, questions, at);
    }

    /** The theme's budget answered an approval. A stale answer changes nothing but gives back what it reserved. */
    public Step budgetAnswered(long answeredSequence, boolean reserved, BudgetStanding standing, String budgetReason, Instant at) {
        if (pending == null || answeredSequence != sequence) {
            List<BudgetRequest> giveBack = reserved
                    ? List.of(new BudgetRequest.Release(standing.themeId(), facts.ideaId(), answeredSequence)) : List.of();
            return new Step(this, false, null, false, null, giveBack);
        }
        Decision decided = reserved
                ? withBudget(pending, Outcome.APPROVED, pending.reason() + " " + capitalised(budgetReason) + ".", standing)
                : withBudget(pending, Outcome.PARKED, pending.reason() + " Parked: " + budgetReason + ".", standing);
        IdeaEvaluation after = new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, assessment, gate, decided,
                null, null, sequence);
        return new Step(after, false, null, false, decided, List.of());
    }

    /**
     * Re-scored under changed rules (a theme's weight). Only an idea waiting at the gate is re-scored: a decided idea
     * keeps its assessment and decision. Returns null when nothing changes.
     */
    public Step rescored(Instant at, Rules rules) {
        if (!open()) {
            return null;
        }
        Assessment rescored = Scorer.assess(facts, rules.strategy(), rules.scoring(), reviews);
        if (rescored.equals(assessment)) {
            return null;
        }
        GateDecision newGate = rules.gate().decide(rescored, facts.costAmount(), facts.costCurrency(), reviews.count());
        IdeaEvaluation after = new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, rescored, newGate, decision,
                pending, waitingSince, sequence);
        return new Step(after, true, null, false, null, List.of());
    }

    /**
     * The idea was withdrawn: its evaluation closes for good. A reservation it holds is released, and an approval
     * waiting for its budget is dropped (the budget's answer then comes back stale, and what it reserved is given back).
     * Null when it was closed already (a redelivery).
     */
    public Step withdrawn(String by, String why, Instant at) {
        if (closed()) {
            return null;
        }
        List<BudgetRequest> release = decision != null && decision.holdsBudget()
                ? List.of(new BudgetRequest.Release(decision.budget().themeId(), facts.ideaId(), sequence)) : List.of();
        String reason = "Withdrawn by " + by + (why == null || why.isBlank() ? "" : ": " + why.strip())
                + (release.isEmpty() ? "." : ". The budget it held is released.") + " Its evaluation is closed.";
        Decision closing = new Decision(Outcome.WITHDRAWN, reason, by, at, null, null, List.of(), null, engineerExplanation(),
                executiveExplanation(null, at));
        IdeaEvaluation after = new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, assessment, gate, closing,
                null, null, sequence);
        return new Step(after, false, null, false, closing, release);
    }

    /** Withdrawn: nothing changes its evaluation any more. */
    public boolean closed() {
        return decision != null && decision.outcome() == Outcome.WITHDRAWN;
    }

    /** Sent back to its submitter with questions: an edit of any field answers them. */
    public boolean awaitingAnswers() {
        return pending == null && decision != null && decision.outcome() == Outcome.NEEDS_INFO;
    }

    /** Waiting for reviews or a person's decision, with no approval in flight. */
    public boolean open() {
        return pending == null && decision != null && decision.waiting();
    }

    public String period(Instant at) {
        return Periods.quarterOf(at);
    }

    public String engineerExplanation() {
        return Explanations.engineer(assessment, reviews, dependsOn);
    }

    public String executiveExplanation(BudgetStanding budget, Instant at) {
        return Explanations.executive(assessment, reviews, facts.costAmount(), facts.costCurrency(), budget, period(at));
    }

    private Step waitForPeople(Instant at) {
        Decision waiting = policyDecision(Outcome.NEEDS_REVIEW, gate.reason(), at, null);
        IdeaEvaluation after = new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, assessment, gate, waiting,
                null, at, sequence);
        return new Step(after, false, null, false, waiting, List.of());
    }

    private Step decide(Outcome outcome, String reason, String decider, Outcome proposal, String rationale,
                        List<String> questions, Instant at) {
        List<BudgetRequest> release = decision != null && decision.holdsBudget() && outcome != Outcome.APPROVED
                ? List.of(new BudgetRequest.Release(decision.budget().themeId(), facts.ideaId(), sequence)) : List.of();
        Decision decided = new Decision(outcome, reason, decider, at, proposal, rationale, questions, null,
                engineerExplanation(), executiveExplanation(null, at));
        if (outcome == Outcome.APPROVED) {
            if (decision != null && decision.holdsBudget()) {
                // approved again: the reservation it holds still stands
                Decision again = withBudget(decided, Outcome.APPROVED, reason, decision.budget());
                return new Step(withDecision(again).notWaiting(), false, null, false, again, List.of());
            }
            String theme = facts.themes().isEmpty() ? null : facts.themes().get(0);
            if (facts.costAmount() != null && theme != null) {
                long next = sequence + 1;
                IdeaEvaluation after = new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, assessment, gate,
                        decision, decided, waitingSince, next);
                return new Step(after, false, null, false, null, List.of(new BudgetRequest.Reserve(theme, facts.ideaId(), next,
                        period(at), facts.costAmount(), facts.costCurrency())));
            }
            decided = withBudget(decided, Outcome.APPROVED, reason + (facts.costAmount() == null
                    ? " No cost estimate: nothing reserved." : " No theme: nothing reserved."), null);
        }
        return new Step(withDecision(decided).notWaiting(outcome), false, null, false, decided, release);
    }

    private Decision policyDecision(Outcome outcome, String reason, Instant at, BudgetStanding budget) {
        return new Decision(outcome, reason, POLICY, at, null, null, List.of(), budget, engineerExplanation(),
                executiveExplanation(budget, at));
    }

    private Decision withBudget(Decision base, Outcome outcome, String reason, BudgetStanding budget) {
        return new Decision(outcome, reason, base.decidedBy(), base.at(), base.proposal(), base.rationale(), base.questions(),
                budget, base.engineerExplanation(), executiveExplanation(budget, base.at()));
    }

    private IdeaEvaluation withDecision(Decision newDecision) {
        return new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, assessment, gate, newDecision, null,
                waitingSince, sequence);
    }

    private IdeaEvaluation notWaiting() {
        return notWaiting(Outcome.APPROVED);
    }

    /** NEEDS_INFO keeps the idea waiting (for its submitter), so it keeps its place in the queue. */
    private IdeaEvaluation notWaiting(Outcome outcome) {
        Instant since = outcome == Outcome.NEEDS_INFO ? waitingSince : null;
        return new IdeaEvaluation(facts, version, submitter, dependsOn, reviews, assessment, gate, decision, pending, since,
                sequence);
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
