package io.innovation.pipeline.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanningRulesTest {

    private static final PeriodCalendar MONTHS = new PeriodCalendar(PeriodKind.MONTH, PeriodCalendar.DEFAULT_SPRINT_ANCHOR);

    @Test
    void aHorizonStartsAtTheLatestDecisionOrTheEarliestStartWhicheverIsLater() {
        PlanningRules rules = new PlanningRules(MONTHS, 6, Period.parse("2027-03"), 8, Map.of());

        assertThat(rules.horizonStart(Period.parse("2027-01"))).isEqualTo(Period.parse("2027-03"));
        assertThat(rules.horizonStart(Period.parse("2027-05"))).isEqualTo(Period.parse("2027-05"));
    }

    @Test
    void refusesAnEarliestStartThatIsNoPeriodOfItsCalendar() {
        assertThatThrownBy(() -> new PlanningRules(MONTHS, 6, Period.parse("2027-Q1"), 8, Map.of()))
                .hasMessage("earliestStart must be a month of the calendar: 2027-Q1");
        PeriodCalendar sprints = new PeriodCalendar(PeriodKind.SPRINT, PeriodCalendar.DEFAULT_SPRINT_ANCHOR);
        assertThatThrownBy(() -> new PlanningRules(sprints, 6, Period.parse("2027-W01"), 4, Map.of()))
                .hasMessage("earliestStart must be a sprint of the calendar: 2027-W01");
    }
}
