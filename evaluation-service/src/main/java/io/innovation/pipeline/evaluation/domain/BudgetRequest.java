package io.innovation.pipeline.evaluation.domain;

import java.math.BigDecimal;

/** What an idea's evaluation asks of its theme's budget: processed by the one task that owns the theme. */
public sealed interface BudgetRequest {
    String themeId();

    String ideaId();

    /**
     * Reserve {@code cost} for the idea's approval number {@code sequence} (an answer to an older approval is stale).
     */
    record Reserve(String themeId, String ideaId, long sequence, String period, BigDecimal cost, String currency)
            implements BudgetRequest {
    }

    /**
     * Release what the idea holds from the theme, if it was reserved for approval {@code sequence} or an earlier one
     * (a reservation for a later approval stays).
     */
    record Release(String themeId, String ideaId, long sequence) implements BudgetRequest {
    }
}
