package io.innovation.pipeline.roadmap.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The periods a roadmap plans in: their kind and, for sprints, the Monday from which a sprint starts every two weeks.
 *
 * @param sprintAnchor the Monday of one sprint start (only sprints use it)
 */
public record PeriodCalendar(PeriodKind kind, LocalDate sprintAnchor) {

    /** Sprints start every two weeks from this Monday unless configured otherwise. */
    public static final LocalDate DEFAULT_SPRINT_ANCHOR = LocalDate.of(2024, 1, 1);

    public static final PeriodCalendar QUARTERS = new PeriodCalendar(PeriodKind.QUARTER, DEFAULT_SPRINT_ANCHOR);

    public PeriodCalendar {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sprintAnchor, "sprintAnchor");
        if (sprintAnchor.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("sprints start on a Monday: " + sprintAnchor + " is a " + sprintAnchor.getDayOfWeek());
        }
    }

    /**
     * Reads a period of this calendar; refuses other kinds and, for sprints, weeks that do not start a sprint.
     * The message completes "{@code <text>} …" in a refusal: it says what periods of this calendar look like.
     */
    public Period parse(CharSequence text) {
        Period period;
        try {
            period = Period.parse(kind, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a period of this roadmap: periods are " + kind.word() + "s like "
                    + firstFrom(LocalDate.of(2027, 1, 1)), e);
        }
        if (kind == PeriodKind.SPRINT && !period.equals(containing(period.start()))) {
            Period sprint = containing(period.start());
            throw new IllegalArgumentException("is not a sprint of this roadmap: sprints take two weeks, and week "
                    + period + " is the second week of the sprint " + sprint + " (sprints start every two weeks from "
                    + new Period(PeriodKind.SPRINT, sprintAnchor) + ")");
        }
        return period;
    }

    /** The first period that starts on or after the day. */
    public Period firstFrom(LocalDate day) {
        Period period = containing(day);
        return period.start().isBefore(day) ? period.next() : period;
    }

    /** The period, in UTC, that the instant falls in. */
    public Period containing(Instant instant) {
        return containing(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The period the day falls in. */
    public Period containing(LocalDate day) {
        return new Period(kind, switch (kind) {
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> day.withDayOfMonth(1);
            case SPRINT -> sprintAnchor.plusDays(Math.floorDiv(day.toEpochDay() - sprintAnchor.toEpochDay(), 14) * 14);
        });
    }
}
