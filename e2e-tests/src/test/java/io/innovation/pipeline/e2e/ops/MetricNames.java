package io.innovation.pipeline.e2e.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metric names the alert rules and the Grafana dashboard use, and the list they are checked against,
 * {@code deploy/prometheus/metric-names.txt}: each name is {@code exposed} (a service exposes it today: the
 * end-to-end suite checks it in real scrapes), {@code prometheus} (made by Prometheus itself) or {@code expected}
 * (named by the design, not exposed by any service yet).
 */
public final class MetricNames {
    public static final String LIST = "deploy/prometheus/metric-names.txt";
    public static final String RULES = "deploy/prometheus/rules/innovation-alerts.yml";
    public static final String DASHBOARD = "deploy/grafana/dashboards/innovation-pipeline.json";

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan", "atan2");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:$])[a-zA-Z_:][a-zA-Z0-9_:]*");

    private MetricNames() {
    }

    public enum Status { EXPOSED, PROMETHEUS, EXPECTED }

    /** The list: metric name to status, in file order. */
    public static Map<String, Status> list() {
        Map<String, Status> names = new LinkedHashMap<>();
        for (String line : Repository.read(LIST).split("\n")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] fields = content.split("\\s+");
            if (fields.length < 2) {
                throw new IllegalStateException(LIST + ": '" + line + "' has no status");
            }
            if (names.put(fields[0], Status.valueOf(fields[1].toUpperCase())) != null) {
                throw new IllegalStateException(LIST + ": " + fields[0] + " is listed twice");
            }
        }
        return names;
    }

    /** The metric names a PromQL expression (or a Grafana variable query such as label_values(m, l)) selects. */
    public static Set<String> in(String expression) {
        String s = expression;
        s = s.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");             // string literals
        s = s.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''");
        s = s.replaceAll("`[^`]*`", "``");
        s = s.replaceAll("label_values\\(\\s*([^,()]*?)\\s*,[^)]*\\)", " $1 "); // Grafana: label_values(metric, label)
        s = s.replaceAll("\\{[^}]*}", " ");                                 // label matchers
        s = s.replaceAll("\\[[^\\]]*]", " ");                               // ranges, subqueries
        s = s.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " "); // label lists
        s = s.replaceAll("\\$\\{[^}]*}|\\$\\w+", " ");                      // Grafana variables
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(s);
        while (matcher.find()) {
            String identifier = matcher.group();
            String rest = s.substring(matcher.end()).stripLeading();
            boolean function = rest.startsWith("(");
            if (!function && !KEYWORDS.contains(identifier.toLowerCase())) {
                names.add(identifier);
            }
        }
        return names;
    }

    /** Where each expression of the rules file and the dashboard is, with the expression. */
    public static Map<String, String> expressions() {
        Map<String, String> expressions = new LinkedHashMap<>();
        expressions.putAll(ruleExpressions(Repository.yaml(RULES), RULES));
        JsonNode dashboard = JsonMapper.builder().build().readTree(Repository.read(DASHBOARD));
        collectDashboard(dashboard, DASHBOARD, expressions);
        return expressions;
    }

    /** The expression of every rule of a Prometheus rules document ({@code groups: [...]}). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> ruleExpressions(Map<String, Object> rulesDocument, String source) {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rulesDocument.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                String name = String.valueOf(rule.getOrDefault("alert", rule.get("record")));
                expressions.put(source + " " + name, String.valueOf(rule.get("expr")));
            }
        }
        return expressions;
    }

    private static void collectDashboard(JsonNode node, String path, Map<String, String> expressions) {
        if (node.isObject()) {
            String title = node.has("title") ? path + " / " + node.get("title").asString() : path;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (field.getKey().equals("expr") && value.isString()) {
                    expressions.put(title + " [" + node.path("refId").asString("?") + "]", value.asString());
                } else if (field.getKey().equals("query") && node.has("name") && value.isString()) {  // a variable
                    expressions.put(path + " / variable " + node.get("name").asString(), value.asString());
                } else if (field.getKey().equals("query") && value.isObject() && value.has("query")) {
                    expressions.put(path + " / variable " + node.path("name").asString("?"), value.get("query").asString());
                } else {
                    collectDashboard(value, title, expressions);
                }
            }
        } else if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(elements::add);
            for (JsonNode element : elements) {
                collectDashboard(element, path, expressions);
            }
        }
    }

    /** The names of the samples in a Prometheus text exposition (what PromQL selects: counters with _total, ...). */
    public static Set<String> inScrape(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }
}
