package io.innovation.pipeline.e2e.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every expression of the alert rules and of the Grafana dashboard selects only metric names of
 * {@code deploy/prometheus/metric-names.txt}, and every name there is used. What this proves: no rule or panel
 * refers to a name nobody listed (a typo, a renamed metric). That the names marked {@code exposed} are really
 * exposed is proven by the end-to-end suite against the running services (PipelineBehaviour).
 */
class MetricNamesTest {

    @Test
    void theNamesOfTheExtractorAreTheSelectedMetricsOnly() {
        assertThat(MetricNames.in("sum by (application, topic) (increase(innovation_dead_letters_total{topic=~\"a.b\"}[10m])) > 0"
                + " or sum by (application) (x_total unless x_total offset 10m)"))
                .containsExactly("innovation_dead_letters_total", "x_total");
        assertThat(MetricNames.in("histogram_quantile(0.9, sum by (le) (rate(h_bucket{a=\"$application\"}[$__rate_interval])))"
                + " / on (instance) group_left () max(up) * 1e3"))
                .containsExactly("h_bucket", "up");
        assertThat(MetricNames.in("changes(max by (a, b) (m)[15m:1m]) > 0 unless on (a) changes(p[15m]) > bool 0"))
                .containsExactly("m", "p");
        assertThat(MetricNames.in("label_values(process_start_time_seconds, application)"))
                .containsExactly("process_start_time_seconds");
        assertThat(MetricNames.in("max_over_time(sum(s)[30m:1m]) > 7 * 24 * 3600 and time() - t / 1000 < 900"))
                .containsExactly("s", "t");
    }

    @Test
    void everyRuleAndPanelUsesListedNamesOnlyAndEveryListedNameIsUsed() {
        Map<String, MetricNames.Status> listed = MetricNames.list();
        Map<String, String> expressions = MetricNames.expressions();
        assertThat(expressions).as("expressions found in the rules and the dashboard").hasSizeGreaterThan(20);

        Map<String, Set<String>> unlisted = new TreeMap<>();
        Set<String> used = new TreeSet<>();
        Map<String, Set<String>> expectedUsers = new TreeMap<>();
        expressions.forEach((where, expression) -> {
            Set<String> names = MetricNames.in(expression);
            assertThat(names).as("metric names in %s: %s", where, expression).isNotEmpty();
            for (String name : names) {
                used.add(name);
                if (!listed.containsKey(name)) {
                    unlisted.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
                } else if (listed.get(name) == MetricNames.Status.EXPECTED) {
                    expectedUsers.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
                }
            }
        });

        assertThat(unlisted).as("names used but not in " + MetricNames.LIST + " (a typo, or a new metric to list there)").isEmpty();
        assertThat(listed.keySet()).as("names in " + MetricNames.LIST + " that no rule or panel uses").isSubsetOf(used);
        // a report, in target/surefire-reports/*-output.txt: what stays quiet or empty until the services expose it
        expectedUsers.forEach((name, where) -> System.out.println("expected, not yet exposed: " + name + " used by " + where));
    }
}
