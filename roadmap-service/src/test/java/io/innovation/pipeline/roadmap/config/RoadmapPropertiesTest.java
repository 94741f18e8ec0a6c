package io.innovation.pipeline.roadmap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.innovation.pipeline.roadmap.domain.Period;
import io.innovation.pipeline.roadmap.domain.PeriodKind;
import io.innovation.pipeline.roadmap.domain.PlanningRules;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** application.yml with the environment variables as run.sh, compose or a Kubernetes manifest set them. */
class RoadmapPropertiesTest {

    @Test
    void plansInQuartersByDefault() {
        PlanningRules rules = rules(Map.of());

        assertThat(rules.calendar().kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(rules.horizonPeriods()).isEqualTo(4);
        assertThat(rules.defaultCapacityWeeks()).isEqualTo(26);
        assertThat(rules.configuredWeeks("identity")).isEqualTo(39);
        assertThat(rules.earliestStart()).isNull();
    }

    @Test
    void eachKindHasItsOwnDefaultHorizonAndCapacity() {
        PlanningRules months = rules(Map.of("ROADMAP_PERIOD_KIND", "MONTH"));
        assertThat(months.horizonPeriods()).isEqualTo(6);
        assertThat(months.defaultCapacityWeeks()).isEqualTo(8.66);

        PlanningRules sprints = rules(Map.of("ROADMAP_PERIOD_KIND", "SPRINT", "ROADMAP_SPRINT_ANCHOR", "2027-01-04",
                "ROADMAP_EARLIEST_START", "2027-W03"));
        assertThat(sprints.horizonPeriods()).isEqualTo(6);
        assertThat(sprints.defaultCapacityWeeks()).isEqualTo(4);
        assertThat(sprints.calendar().sprintAnchor()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(sprints.earliestStart()).isEqualTo(Period.parse("2027-W03"));
    }

    @Test
    void takesTheHorizonInPeriodsOrUnderItsOlderName() {
        assertThat(rules(Map.of("ROADMAP_HORIZON_PERIODS", "8", "ROADMAP_DEFAULT_CAPACITY_WEEKS", "30")))
                .extracting(PlanningRules::horizonPeriods, PlanningRules::defaultCapacityWeeks).containsExactly(8, 30.0);
        assertThat(rules(Map.of("ROADMAP_HORIZON_QUARTERS", "3")).horizonPeriods()).isEqualTo(3);
        assertThat(rules(Map.of("ROADMAP_HORIZON_PERIODS", "5", "ROADMAP_HORIZON_QUARTERS", "3")).horizonPeriods()).isEqualTo(5);
    }

    @Test
    void refusesAnEarliestStartOfAnotherKindOrAKindItDoesNotKnow() {
        assertThatThrownBy(() -> rules(Map.of("ROADMAP_PERIOD_KIND", "MONTH", "ROADMAP_EARLIEST_START", "2027-Q1")))
                .hasMessage("innovation.roadmap.earliest-start 2027-Q1 is not a period of this roadmap: periods are months like 2027-01");
        assertThatThrownBy(() -> rules(Map.of("ROADMAP_PERIOD_KIND", "WEEK"))).isInstanceOf(BindException.class);
    }

    private static PlanningRules rules(Map<String, Object> environment) {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().addFirst(new MapPropertySource("environment", environment));
        try {
            new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .forEach(spring.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Binder.get(spring).bindOrCreate("innovation.roadmap", RoadmapProperties.class).toSettings().planning();
    }
}
