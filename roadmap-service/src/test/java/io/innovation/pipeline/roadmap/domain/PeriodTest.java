package io.innovation.pipeline.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsAndWritesTheTextOfEachKind() {
        assertThat(Period.parse("2027-Q2")).isEqualTo(new Period(PeriodKind.QUARTER, LocalDate.of(2027, 4, 1)))
                .isEqualTo(Period.quarter(2027, 2)).hasToString("2027-Q2");
        assertThat(Period.parse("2027-01")).isEqualTo(new Period(PeriodKind.MONTH, LocalDate.of(2027, 1, 1)))
                .isEqualTo(Period.month(2027, 1)).hasToString("2027-01");
        assertThat(Period.parse("2027-W02")).isEqualTo(new Period(PeriodKind.SPRINT, LocalDate.of(2027, 1, 11)))
                .hasToString("2027-W02");
        assertThat(Period.quarter(987, 4)).hasToString("0987-Q4");
        assertThat(Period.month(987, 11)).hasToString("0987-11");
    }

    @Test
    void namesASprintByTheIsoWeekOfItsMonday() {
        // 2026 has 53 ISO weeks; its week 53 starts on 28 December, and 2027's week 1 on 4 January
        assertThat(Period.parse("2026-W53").start()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(new Period(PeriodKind.SPRINT, LocalDate.of(2027, 1, 4))).hasToString("2027-W01");
        // 29 December 2025 is in ISO week 1 of 2026
        assertThat(new Period(PeriodKind.SPRINT, LocalDate.of(2025, 12, 29))).hasToString("2026-W01");
    }

    @Test
    void rejectsMalformedText() {
        Stream.of("2027-Q5", "2027-Q0", "27-Q1", "2027Q1", "2027-q1", " 2027-Q1", "", "2027-13", "2027-00", "2027-1",
                        "2027-W00", "2027-W54", "2027-W53", "2027-w01", "2027-W1")
                .forEach(text -> assertThatThrownBy(() -> Period.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class));
        assertThatThrownBy(() -> Period.quarter(2027, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsOnlyWhereAPeriodOfItsKindStarts() {
        assertThatThrownBy(() -> new Period(PeriodKind.QUARTER, LocalDate.of(2027, 2, 1)))
                .hasMessage("a quarter cannot start on 2027-02-01");
        assertThatThrownBy(() -> new Period(PeriodKind.MONTH, LocalDate.of(2027, 2, 2)))
                .hasMessage("a month cannot start on 2027-02-02");
        assertThatThrownBy(() -> new Period(PeriodKind.SPRINT, LocalDate.of(2027, 1, 5)))
                .hasMessage("a sprint cannot start on 2027-01-05");
    }

    @Test
    void stepsAcrossYears() {
        assertThat(Period.parse("2027-Q4").next()).isEqualTo(Period.parse("2028-Q1"));
        assertThat(Period.parse("2027-Q3").plus(6)).isEqualTo(Period.parse("2029-Q1"));
        assertThat(Period.parse("2027-Q1").plus(-1)).isEqualTo(Period.parse("2026-Q4"));
        assertThat(Period.parse("2027-Q2").periodsUntil(Period.parse("2028-Q1"))).isEqualTo(3);
        assertThat(Period.parse("2028-Q1").periodsUntil(Period.parse("2027-Q2"))).isEqualTo(-3);

        assertThat(Period.parse("2027-12").next()).isEqualTo(Period.parse("2028-01"));
        assertThat(Period.parse("2027-01").plus(-1)).isEqualTo(Period.parse("2026-12"));
        assertThat(Period.parse("2026-11").periodsUntil(Period.parse("2027-02"))).isEqualTo(3);

        assertThat(Period.parse("2026-W51").next()).isEqualTo(Period.parse("2026-W53"));
        assertThat(Period.parse("2026-W53").next()).isEqualTo(Period.parse("2027-W02"));
        assertThat(Period.parse("2026-W53").periodsUntil(Period.parse("2027-W04"))).isEqualTo(2);
        assertThat(Period.parse("2027-W02").plus(-2)).isEqualTo(Period.parse("2026-W51"));
    }

    @Test
    void countsOnlyBetweenPeriodsOfOneKind() {
        assertThatThrownBy(() -> Period.parse("2027-Q1").periodsUntil(Period.parse("2027-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot count quarters until a month: 2027-01");
    }

    @Test
    void endsWhereTheNextBegins() {
        assertThat(Period.parse("2027-Q1").endExclusive()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(Period.parse("2028-02").endExclusive()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(Period.parse("2026-W53").endExclusive()).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void ordersByTime() {
        List<Period> quarters = Stream.of("2028-Q1", "2027-Q4", "2027-Q1").map(Period::parse).sorted().toList();
        List<Period> sprints = Stream.of("2027-W02", "2026-W53", "2026-W51").map(Period::parse).sorted().toList();

        assertThat(quarters).extracting(Period::toString).containsExactly("2027-Q1", "2027-Q4", "2028-Q1");
        assertThat(sprints).extracting(Period::toString).containsExactly("2026-W51", "2026-W53", "2027-W02");
    }
}
