package io.innovation.pipeline.roadmap.domain;

import java.math.BigDecimal;

/**
 * Person-weeks are planned in whole hundredths of a week, held as {@code long}, so that
 * allocations add up exactly to an item's effort and never exceed a period's capacity.
 */
final class Weeks {

    static final double MAX = 1_000_000;

    /** Absorbs binary noise such as {@code 0.3 * 100 = 30.000000000000004}. */
    private static final double NOISE = 1e-6;

    private Weeks() {
    }

    /** Effort is rounded up, so that no work is planned away. */
    static long effortInHundredths(double weeks) {
        return (long) Math.ceil(weeks * 100 - NOISE);
    }

    /** Capacity is rounded down, so that no period is overbooked. */
    static long capacityInHundredths(double weeks) {
        return (long) Math.floor(weeks * 100 + NOISE);
    }

    /** For values that are already whole hundredths, such as allocations. */
    static long inHundredths(double weeks) {
        return Math.round(weeks * 100);
    }

    static double fromHundredths(long hundredths) {
        return hundredths / 100.0;
    }

    /** {@code 1250} reads {@code 12.5}. */
    static String format(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    static String format(double weeks) {
        return format(inHundredths(weeks));
    }

    static void requireValid(String what, double weeks) {
        if (!(weeks >= 0 && weeks <= MAX)) {
            throw new IllegalArgumentException(what + " must be in 0.." + (long) MAX + " weeks: " + weeks);
        }
    }
}
