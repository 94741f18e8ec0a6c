package io.innovation.pipeline.roadmap.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the planning period of a roadmap, written like {@code 2027-Q1}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        // Four-digit years keep the text form and the order of strings the same.
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be in 1..9999: " + year);
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be in 1..4: " + quarter);
        }
    }

    /** Reads {@code 2027-Q1}. */
    public static Quarter parse(CharSequence text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a quarter like 2027-Q1: " + text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarter, in UTC, that the instant falls in. */
    public static Quarter containing(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter next() {
        return plus(1);
    }

    /** The quarter {@code quarters} later (earlier when negative). */
    public Quarter plus(int quarters) {
        int index = index() + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** How many quarters {@code later} is after this one (negative when it is before). */
    public int quartersUntil(Quarter later) {
        return later.index() - index();
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    /** Written out by hand rather than formatted: reasons name quarters thousands of times a plan. */
    @Override
    public String toString() {
        String digits = Integer.toString(year);
        return "0".repeat(4 - digits.length()) + digits + "-Q" + quarter;
    }

    private int index() {
        return year * 4 + quarter - 1;
    }
}
