package io.innovation.pipeline.gateway.view;

import static io.innovation.pipeline.gateway.view.ViewSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void ideasHaveAHeaderAndOneRecordEachWithCrlfAndQuotes() throws IOException {
        IdeaSummary idea = PipelineFold.apply(null, ViewSamples.submitted("a", "Faster, \"safer\"\ncheckout", "web", "alice",
                List.of("growth", "cost"), List.of("=HYPERLINK(\"x\")"), "30000", 6, T0), T0);
        idea = PipelineFold.apply(PipelineFold.apply(idea, ViewSamples.voted("a", 4, "bob", T0), T0),
                ViewSamples.commented("a", "c1", T0), T0);

        String csv = Csv.ideas(List.of(idea));

        assertThat(csv).startsWith(String.join(",", Csv.IDEA_COLUMNS) + "\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(2);
        CSVRecord row = records.get(1);
        assertThat(row.get(0)).isEqualTo("a");
        assertThat(row.get(1)).isEqualTo("Faster, \"safer\"\ncheckout");
        assertThat(row.get(2)).isEqualTo("SUBMITTED");
        assertThat(row.get(4)).isEqualTo("growth;cost");
        assertThat(row.get(5)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(row.get(8)).isEqualTo("30000");
        assertThat(row.get(15)).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(row.get(Csv.IDEA_COLUMNS.indexOf("votes"))).isEqualTo("4");
        assertThat(row.get(Csv.IDEA_COLUMNS.indexOf("commentCount"))).isEqualTo("1");
        assertThat(row.get(Csv.IDEA_COLUMNS.indexOf("mergedInto"))).isEmpty();
    }

    @Test
    void noTextCellEverStartsAFormulaAndEveryTextComesBack() {
        qt().withFixedSeed(81L).withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(text -> {
            IdeaSummary idea = PipelineFold.apply(null, ViewSamples.submitted("id", text, "web", text, List.of(), List.of(),
                    null, 1, T0), T0);
            CSVRecord row = parse(Csv.ideas(List.of(idea))).get(1);
            String cell = row.get(1);
            assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                    .doesNotStartWith("\t").doesNotStartWith("\r");
            assertThat(cell.startsWith("'") && !text.startsWith("'") ? cell.substring(1) : cell).isEqualTo(text);
            assertThat(row.get(6)).isEqualTo(cell);
        });
    }

    @Test
    void thePortfolioIsOneLongTable() {
        IdeaSummary idea = ViewSamples.fold(List.of(
                ViewSamples.submitted("a", "A", "+web", "alice", List.of("growth"), List.of(), "100", 2, T0),
                ViewSamples.decided("a", "+web", io.innovation.pipeline.contracts.events.DecisionOutcome.APPROVED, 50, 2, T0.plusSeconds(60))));
        List<CSVRecord> records = parse(Csv.portfolio(Portfolio.of(List.of(idea), null)));
        assertThat(records.get(0).values()).containsExactly("section", "name", "period", "metric", "value");
        assertThat(records).anySatisfy(r -> assertThat(r.values()).containsExactly("funnel", "APPROVED", "", "ideas", "1"));
        assertThat(records).anySatisfy(r -> assertThat(r.values()).containsExactly("team", "'+web", "", "approvedCostEUR", "100"));
        assertThat(records).anySatisfy(r -> assertThat(r.values())
                .containsExactly("cycle-time", "submission-to-decision", "", "medianSeconds", "60"));
    }

    static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
