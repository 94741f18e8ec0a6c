package io.innovation.pipeline.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodCalendarTest {

    private static final PeriodCalendar MONTHS = new PeriodCalendar(PeriodKind.MONTH, PeriodCalendar.DEFAULT_SPRINT_ANCHOR);
    private static final PeriodCalendar SPRINTS = new PeriodCalendar(PeriodKind.SPRINT, PeriodCalendar.DEFAULT_SPRINT_ANCHOR);

    @Test
    void readsOnlyPeriodsOfItsKind() {
        assertThat(PeriodCalendar.QUARTERS.parse("2027-Q1")).isEqualTo(Period.quarter(2027, 1));
        assertThat(MONTHS.parse("2027-03")).isEqualTo(Period.month(2027, 3));
        assertThat(SPRINTS.parse("2027-W02")).isEqualTo(Period.parse("2027-W02"));

        assertThatThrownBy(() -> PeriodCalendar.QUARTERS.parse("2027-01"))
                .hasMessage("is not a period of this roadmap: periods are quarters like 2027-Q1");
        assertThatThrownBy(() -> MONTHS.parse("2027-Q1"))
                .hasMessage("is not a period of this roadmap: periods are months like 2027-01");
        // the example is a real sprint: from the default anchor, 2027's first sprint starts in week 2
        assertThatThrownBy(() -> SPRINTS.parse("2027-Q1"))
                .hasMessage("is not a period of this roadmap: periods are sprints like 2027-W02");
        assertThatThrownBy(() -> SPRINTS.parse("2027-W54")).hasMessageStartingWith("is not a period of this roadmap");
    }

    @Test
    void refusesAWeekThatDoesNotStartASprint() {
        assertThatThrownBy(() -> SPRINTS.parse("2027-W01"))
                .hasMessage("is not a sprint of this roadmap: sprints take two weeks, and week 2027-W01 is the second week of"
                        + " the sprint 2026-W53 (sprints start every two weeks from 2024-W01)");

        PeriodCalendar fromWeekOne = new PeriodCalendar(PeriodKind.SPRINT, LocalDate.of(2027, 1, 4));
        assertThat(fromWeekOne.parse("2027-W01")).hasToString("2027-W01");
        assertThatThrownBy(() -> fromWeekOne.parse("2026-W53")).hasMessageContaining("second week of the sprint 2026-W52");
    }

    @Test
    void anchorsSprintsOnAMonday() {
        assertThatThrownBy(() -> new PeriodCalendar(PeriodKind.SPRINT, LocalDate.of(2024, 1, 2)))
                .hasMessage("sprints start on a Monday: 2024-01-02 is a TUESDAY");
    }

    @Test
    void findsThePeriodOfAnInstantInUtc() {
        assertThat(PeriodCalendar.QUARTERS.containing(Instant.parse("2027-03-31T23:59:59Z"))).isEqualTo(Period.parse("2027-Q1"));
        assertThat(PeriodCalendar.QUARTERS.containing(Instant.parse("2027-04-01T00:00:00Z"))).isEqualTo(Period.parse("2027-Q2"));
        assertThat(PeriodCalendar.QUARTERS.containing(Instant.parse("2027-12-31T12:00:00Z"))).isEqualTo(Period.parse("2027-Q4"));

        assertThat(MONTHS.containing(Instant.parse("2027-01-31T23:59:59Z"))).isEqualTo(Period.parse("2027-01"));
        assertThat(MONTHS.containing(Instant.parse("2027-02-01T00:00:00Z"))).isEqualTo(Period.parse("2027-02"));

        // across 2026's week 53: the sprint 2026-W53 runs from 28 December to 10 January
        assertThat(SPRINTS.containing(Instant.parse("2026-12-27T23:59:59Z"))).isEqualTo(Period.parse("2026-W51"));
        assertThat(SPRINTS.containing(Instant.parse("2026-12-28T00:00:00Z"))).isEqualTo(Period.parse("2026-W53"));
        assertThat(SPRINTS.containing(Instant.parse("2027-01-10T23:59:59Z"))).isEqualTo(Period.parse("2026-W53"));
        assertThat(SPRINTS.containing(Instant.parse("2027-01-11T00:00:00Z"))).isEqualTo(Period.parse("2027-W02"));
        // before the anchor too
        assertThat(SPRINTS.containing(Instant.parse("2023-12-31T12:00:00Z"))).isEqualTo(Period.parse("2023-W51"));
    }

    @Test
    void findsTheFirstPeriodStartingOnOrAfterADay() {
        assertThat(MONTHS.firstFrom(LocalDate.of(2027, 1, 1))).hasToString("2027-01");
        assertThat(MONTHS.firstFrom(LocalDate.of(2027, 1, 2))).hasToString("2027-02");
        assertThat(SPRINTS.firstFrom(LocalDate.of(2027, 1, 1))).hasToString("2027-W02");
    }
}
