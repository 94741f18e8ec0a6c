package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.events.BudgetStanding;

/**
 * The records evaluation-service sends itself through its internal (repartition) topics, as CloudEvents of types
 * that are not public: budget requests re-keyed by theme, and the budget's answers re-keyed by idea.
 */
final class BudgetMessages {
    static final String RESERVE = "innovation.internal.budget-reserve.v1";
    static final String RELEASE = "innovation.internal.budget-release.v1";
    static final String ANSWER = "innovation.internal.budget-answer.v1";

    /** Internal destinations; the topology turns each into a named repartition. */
    static final String REQUESTS = "internal:budget-requests";
    static final String ANSWERS = "internal:budget-answers";
    static final String RELEASES = "internal:budget-releases";

    private BudgetMessages() {
    }

    /** The theme's answer to approval {@code sequence} of an idea. */
    record Answer(String ideaId, long sequence, boolean reserved, BudgetStanding standing, String reason) {
    }

    static boolean internal(String destination) {
        return destination.startsWith("internal:");
    }
}
