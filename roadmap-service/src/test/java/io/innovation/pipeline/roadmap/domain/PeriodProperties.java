package io.innovation.pipeline.roadmap.domain;

import static io.innovation.pipeline.platform.testing.Theories.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PeriodProperties {

    /** Days of years 100..9000: far enough from 1 and 9999 that 40 steps either way stay valid. */
    private static final long FIRST_DAY = LocalDate.of(100, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9000, 12, 31).toEpochDay();

    @Test
    void textFormRoundTrips() {
        check(calendars(), longs().between(FIRST_DAY, LAST_DAY), (calendar, day) -> {
            Period period = calendar.containing(LocalDate.ofEpochDay(day));

            assertThat(Period.parse(period.toString())).isEqualTo(period);
            assertThat(calendar.parse(period.toString())).isEqualTo(period);
        });
    }

    @Test
    void steppingIsConsistentWithDistanceAndOrder() {
        check(periods(), integers().between(-40, 40), (period, steps) -> {
            Period moved = period.plus(steps);

            assertThat(period.periodsUntil(moved)).isEqualTo(steps);
            assertThat(moved.plus(-steps)).isEqualTo(period);
            assertThat(Integer.signum(moved.compareTo(period))).isEqualTo(Integer.signum(steps));
            assertThat(Integer.signum(moved.start().compareTo(period.start()))).isEqualTo(Integer.signum(steps));
            assertThat(Integer.signum(moved.toString().compareTo(period.toString()))).isEqualTo(Integer.signum(steps));
        });
    }

    @Test
    void theContainingPeriodContainsTheInstantAndIsOfTheCalendar() {
        check(calendars(), longs().between(FIRST_DAY * 86_400, LAST_DAY * 86_400), (calendar, second) -> {
            Instant instant = Instant.ofEpochSecond(second);
            LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
            Period period = calendar.containing(instant);

            assertThat(period.kind()).isEqualTo(calendar.kind());
            assertThat(period.start()).isBeforeOrEqualTo(day);
            assertThat(period.endExclusive()).isAfter(day);
            assertThat(calendar.parse(period.toString())).isEqualTo(period);
        });
    }

    @Test
    void sprintsTakeTwoWeeksFromTheAnchor() {
        check(calendars(), longs().between(FIRST_DAY, LAST_DAY), (calendar, day) -> {
            Period sprint = new PeriodCalendar(PeriodKind.SPRINT, calendar.sprintAnchor()).containing(LocalDate.ofEpochDay(day));

            assertThat(sprint.start().plusDays(14)).isEqualTo(sprint.endExclusive());
            assertThat(Math.floorMod(sprint.start().toEpochDay() - calendar.sprintAnchor().toEpochDay(), 14)).isZero();
        });
    }

    /** Each kind, with sprint anchors on Mondays of 2000..2040. */
    private static Gen<PeriodCalendar> calendars() {
        Gen<LocalDate> anchors = integers().between(0, 40 * 53)
                .map(weeks -> LocalDate.of(2000, 1, 3).plusWeeks(weeks));
        return Generate.enumValues(PeriodKind.class).zip(anchors, PeriodCalendar::new);
    }

    private static Gen<Period> periods() {
        return calendars().zip(longs().between(FIRST_DAY, LAST_DAY), (calendar, day) -> calendar.containing(LocalDate.ofEpochDay(day)));
    }
}
