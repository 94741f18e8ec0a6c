package io.innovation.pipeline.contracts.events;

import java.math.BigDecimal;

/**
 * An approval's standing against its primary theme's envelope for a period, after the reservation was tried:
 * {@code reserved} and {@code remaining} include this idea's {@code cost} when it fitted; {@code missing} is how
 * much the envelope lacked when it did not (zero when it fitted). All amounts are in {@code currency}.
 */
public record BudgetStanding(
        String themeId,
        String period,
        String currency,
        BigDecimal cost,
        BigDecimal envelope,
        BigDecimal reserved,
        BigDecimal remaining,
        BigDecimal missing) {
}
