package io.innovation.pipeline.roadmap.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planning period of a roadmap: a quarter ({@code 2027-Q1}), a month ({@code 2027-01}) or a two-week sprint named by
 * the ISO week its Monday falls in ({@code 2027-W01}). Periods of one roadmap are of one kind; which sprints exist
 * depends on the roadmap's anchor, so texts from outside are read by {@link PeriodCalendar#parse}, while
 * {@link #parse} reads back what the service wrote itself.
 * <p>
 * A class rather than a record: the position of a period and its text are worked out once, because the scheduler counts
 * between periods and reasons name them thousands of times a plan.
 */
public final class Period implements Comparable<Period> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern SPRINT = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final int SPRINT_DAYS = 14;

    private final PeriodKind kind;
    private final LocalDate start;
    /** Counts periods of this kind: consecutive periods differ by one. */
    private final int index;
    /** Written on first use; racing threads write the same text. */
    private String text;

    /**
     * @param start the first day: the first of a quarter's or a month's first month, or a sprint's Monday
     */
    public Period(PeriodKind kind, LocalDate start) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.start = Objects.requireNonNull(start, "start");
        boolean aligned = switch (kind) {
            case QUARTER -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
            case MONTH -> start.getDayOfMonth() == 1;
            case SPRINT -> start.getDayOfWeek() == DayOfWeek.MONDAY;
        };
        if (!aligned) {
            throw new IllegalArgumentException("a " + kind.word() + " cannot start on " + start);
        }
        int year = kind == PeriodKind.SPRINT ? start.get(IsoFields.WEEK_BASED_YEAR) : start.getYear();
        // Four-digit years keep the text form and the order of strings the same.
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be in 1..9999: " + year);
        }
        this.index = switch (kind) {
            case QUARTER -> (year * 12 + start.getMonthValue() - 1) / 3;
            case MONTH -> year * 12 + start.getMonthValue() - 1;
            // Sprints of one roadmap start 14 days apart, so whole fortnights since the epoch count them exactly.
            case SPRINT -> (int) Math.floorDiv(start.toEpochDay(), SPRINT_DAYS);
        };
    }

    /** Reads a period's text of any kind, as {@link #toString} wrote it; a week is read as the sprint starting that Monday. */
    public static Period parse(CharSequence text) {
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return month(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        }
        Matcher week = SPRINT.matcher(text);
        if (week.matches()) {
            return sprintInWeek(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
        }
        throw new IllegalArgumentException("not a period like 2027-Q1, 2027-01 or 2027-W01: " + text);
    }

    static Period parse(PeriodKind kind, CharSequence text) {
        Pattern pattern = switch (kind) {
            case QUARTER -> QUARTER;
            case MONTH -> MONTH;
            case SPRINT -> SPRINT;
        };
        if (!pattern.matcher(text).matches()) {
            throw new IllegalArgumentException("not a " + kind.word() + " like " + kind.example() + ": " + text);
        }
        return parse(text);
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be in 1..4: " + quarter);
        }
        return new Period(PeriodKind.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
    }

    public static Period month(int year, int month) {
        return new Period(PeriodKind.MONTH, LocalDate.of(year, month, 1));
    }

    /** The sprint starting on the Monday of ISO week {@code week} of {@code year}. */
    static Period sprintInWeek(int year, int week) {
        LocalDate midYear = LocalDate.of(year, 7, 1);
        if (week < 1 || week > midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new IllegalArgumentException(year + " has no ISO week " + week);
        }
        return new Period(PeriodKind.SPRINT, midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
    }

    public PeriodKind kind() {
        return kind;
    }

    /** Its first day. */
    public LocalDate start() {
        return start;
    }

    /** The day after its last day. */
    public LocalDate endExclusive() {
        return next().start;
    }

    public Period next() {
        return plus(1);
    }

    /** The period {@code periods} later (earlier when negative), of the same kind. */
    public Period plus(int periods) {
        return new Period(kind, switch (kind) {
            case QUARTER -> start.plusMonths(3L * periods);
            case MONTH -> start.plusMonths(periods);
            case SPRINT -> start.plusDays((long) SPRINT_DAYS * periods);
        });
    }

    /** How many periods {@code later} is after this one (negative when it is before); both of one kind. */
    public int periodsUntil(Period later) {
        if (later.kind != kind) {
            throw new IllegalArgumentException("cannot count " + kind.word() + "s until a " + later.kind.word() + ": " + later);
        }
        return later.index - index;
    }

    /** By first day, so periods of one kind are in calendar order. */
    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : kind.compareTo(other.kind);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && period.kind == kind && period.start.equals(start);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + start.hashCode();
    }

    @Override
    public String toString() {
        String written = text;
        if (written == null) {
            written = written();
            text = written;
        }
        return written;
    }

    private String written() {
        int year = kind == PeriodKind.SPRINT ? start.get(IsoFields.WEEK_BASED_YEAR) : start.getYear();
        String digits = Integer.toString(year);
        String yearText = "0".repeat(4 - digits.length()) + digits;
        return switch (kind) {
            case QUARTER -> yearText + "-Q" + ((start.getMonthValue() + 2) / 3);
            case MONTH -> yearText + "-" + twoDigits(start.getMonthValue());
            case SPRINT -> yearText + "-W" + twoDigits(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
