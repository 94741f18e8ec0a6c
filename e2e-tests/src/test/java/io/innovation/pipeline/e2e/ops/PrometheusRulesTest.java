package io.innovation.pipeline.e2e.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alert rules of deploy/prometheus: valid ({@code promtool check rules}), passing their unit tests
 * ({@code promtool test rules}), with a configuration Prometheus accepts ({@code promtool check config}); skipped
 * where promtool is not installed. Without promtool too: every alert has a case in the unit tests where it fires
 * and one where it stays quiet, a severity, and a runbook section in docs/OPERATIONS.md.
 */
class PrometheusRulesTest {
    static final String TESTS = "deploy/prometheus/tests/innovation-alerts-test.yml";
    static final String CONFIG = "deploy/prometheus/prometheus.yml";
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Test
    void promtoolAcceptsTheRules() {
        Tool promtool = Tool.require("promtool", "prometheus");
        Tool.Result result = promtool.run(Repository.root(), TIMEOUT, "check", "rules", MetricNames.RULES);
        assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    @Test
    void theRulesPassTheirUnitTests() {
        Tool promtool = Tool.require("promtool", "prometheus");
        Tool.Result result = promtool.run(Repository.root(), TIMEOUT, "test", "rules", TESTS);
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout() + result.stderr()).contains("SUCCESS");
    }

    @Test
    void promtoolAcceptsTheScrapeConfiguration() {
        Tool promtool = Tool.require("promtool", "prometheus");
        Tool.Result result = promtool.run(Repository.root(), TIMEOUT, "check", "config", CONFIG);
        assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertFiresInAUnitTestAndStaysQuietInAnother() {
        List<String> alerts = alerts();
        Set<String> fires = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Map<String, Object> test : (List<Map<String, Object>>) Repository.yaml(TESTS).get("tests")) {
            for (Map<String, Object> check : (List<Map<String, Object>>) test.getOrDefault("alert_rule_test", List.of())) {
                List<Object> expected = (List<Object>) check.get("exp_alerts");
                (expected == null || expected.isEmpty() ? quiet : fires).add(String.valueOf(check.get("alertname")));
            }
        }
        assertThat(alerts).isNotEmpty();
        assertThat(fires).as("alerts with a unit test in which they fire").containsAll(alerts);
        assertThat(quiet).as("alerts with a unit test in which they stay quiet").containsAll(alerts);
        assertThat(fires).as("unit tests of alerts that do not exist").isSubsetOf(alerts);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasASeverityAndARunbookSection() {
        String operations = Repository.read("docs/OPERATIONS.md");
        Set<String> anchors = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^#{2,4} +(.+)$").matcher(operations);
        while (heading.find()) {
            anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
        }
        for (Map<String, Object> rule : rules()) {
            String alert = String.valueOf(rule.get("alert"));
            Map<String, Object> labels = (Map<String, Object>) rule.get("labels");
            Map<String, Object> annotations = (Map<String, Object>) rule.get("annotations");
            assertThat(labels.get("severity")).as("severity of %s", alert).isIn("critical", "warning");
            assertThat(annotations).as("annotations of %s", alert).containsKeys("summary", "description", "runbook_url");
            String runbook = String.valueOf(annotations.get("runbook_url"));
            assertThat(runbook).as("runbook of %s", alert).isEqualTo("docs/OPERATIONS.md#" + alert.toLowerCase(Locale.ROOT));
            assertThat(anchors).as("a section '%s' in docs/OPERATIONS.md", alert).contains(alert.toLowerCase(Locale.ROOT));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) Repository.yaml(MetricNames.RULES).get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    static List<String> alerts() {
        return rules().stream().filter(rule -> rule.containsKey("alert")).map(rule -> String.valueOf(rule.get("alert"))).toList();
    }
}
