package io.innovation.pipeline.gateway.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The view as RFC 4180 CSV (Apache Commons CSV): a header row, CRLF line ends, quotes where needed. Every text
 * cell that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * prefixed with an apostrophe.
 */
public final class Csv {

    static final List<String> IDEA_COLUMNS = List.of("id", "title", "status", "team", "themes", "tags", "submitter",
            "priority", "costAmount", "costCurrency", "effortWeeks", "outcome", "roadmapStatus", "startPeriod",
            "endPeriod", "createdAt", "updatedAt", "votes", "commentCount", "mergedInto");
    static final List<String> PORTFOLIO_COLUMNS = List.of("section", "name", "period", "metric", "value");

    private Csv() {}

    public static String ideas(List<IdeaSummary> ideas) {
        List<List<Object>> rows = new ArrayList<>();
        for (IdeaSummary idea : ideas) {
            rows.add(java.util.Arrays.asList(idea.id(), idea.title(), idea.status(), idea.team(),
                    String.join(";", idea.themes()), String.join(";", idea.tags()), idea.submitter(), idea.priority(),
                    idea.costAmount(), idea.costCurrency(), idea.effortWeeks(), idea.outcome(), idea.roadmapStatus(),
                    idea.startPeriod(), idea.endPeriod(), idea.createdAt(), idea.updatedAt(), idea.votes(), idea.commentCount(),
                    idea.mergedInto()));
        }
        return write(IDEA_COLUMNS, rows);
    }

    public static String portfolio(Portfolio portfolio) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("total", "ideas", null, "ideas", portfolio.ideas()));
        portfolio.funnel().forEach((status, count) -> rows.add(row("funnel", status.name(), null, "ideas", count)));
        investments(rows, "theme", portfolio.approvedByTheme());
        investments(rows, "team", portfolio.approvedByTeam());
        portfolio.decisions().forEach((outcome, count) -> rows.add(row("decisions", outcome, null, "ideas", count)));
        if (portfolio.medianToDecision() != null) {
            rows.add(row("cycle-time", "submission-to-decision", null, "medianSeconds", portfolio.medianToDecision().toSeconds()));
        }
        if (portfolio.medianToSchedule() != null) {
            rows.add(row("cycle-time", "submission-to-schedule", null, "medianSeconds", portfolio.medianToSchedule().toSeconds()));
        }
        for (Portfolio.Allocation allocation : portfolio.allocatedWeeks()) {
            rows.add(row("allocation", allocation.team(), allocation.period(), "weeks", allocation.weeks()));
        }
        return write(PORTFOLIO_COLUMNS, rows);
    }

    private static void investments(List<List<Object>> rows, String section, List<Portfolio.Investment> investments) {
        for (Portfolio.Investment investment : investments) {
            rows.add(row(section, investment.name(), null, "approvedIdeas", investment.ideas()));
            for (Map.Entry<String, BigDecimal> cost : investment.cost().entrySet()) {
                rows.add(row(section, investment.name(), null, "approvedCost" + cost.getKey(), cost.getValue()));
            }
            rows.add(row(section, investment.name(), null, "approvedEffortWeeks", investment.effortWeeks()));
        }
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell == null ? "" : cell instanceof Number ? cell.toString() : safe(cell.toString()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A text cell a spreadsheet will not evaluate: formula starts get an apostrophe in front. */
    static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
