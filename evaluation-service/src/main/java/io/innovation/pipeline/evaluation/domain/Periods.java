package io.innovation.pipeline.evaluation.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

/** Budget periods are quarters, written {@code 2027-Q1}, in UTC (as the roadmap's). */
public final class Periods {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Periods() {
    }

    public static String quarterOf(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return utc.getYear() + "-Q" + ((utc.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter {@code count} quarters after {@code period}. */
    public static String plus(String period, int count) {
        var matcher = QUARTER.matcher(period);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a quarter such as 2027-Q1: " + period);
        }
        int index = Integer.parseInt(matcher.group(1)) * 4 + Integer.parseInt(matcher.group(2)) - 1 + count;
        return (index / 4) + "-Q" + (index % 4 + 1);
    }

    public static boolean isQuarter(String period) {
        return period != null && QUARTER.matcher(period).matches();
    }
}
