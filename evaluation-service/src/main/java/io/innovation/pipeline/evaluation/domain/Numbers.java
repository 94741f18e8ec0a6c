package io.innovation.pipeline.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding and printing of the numbers that appear in scores and explanations. */
final class Numbers {
    private Numbers() {
    }

    /** Half-up to two decimals, the precision in which scores and contributions are published. */
    static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Up to two decimals without trailing zeros: 60, 0.25, 5773.33. */
    static String format(double value) {
        return format(value, 2);
    }

    static String format(double value, int maxDecimals) {
        return BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
