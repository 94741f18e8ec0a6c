package io.innovation.pipeline.roadmap.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The small pieces of English that reasons are made of. */
final class Wording {

    private Wording() {
    }

    /** {@code 2027-Q1} for one period, {@code 2027-Q1–2027-Q3} for several. */
    static String span(Period first, Period last) {
        return first.equals(last) ? first.toString() : first + "–" + last;
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String names(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Up to two decimals, without trailing zeros: {@code 81.5}. */
    static String priority(double priority) {
        return BigDecimal.valueOf(priority).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
