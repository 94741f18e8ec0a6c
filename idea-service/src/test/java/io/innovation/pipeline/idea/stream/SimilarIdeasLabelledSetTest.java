package io.innovation.pipeline.idea.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.idea.domain.SimilarIdea;
import io.innovation.pipeline.idea.domain.SimilarIdeasPolicy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The similar-ideas index judged on {@code similarity/labelled-pairs.csv}: pairs of ideas written for this project,
 * each labelled a duplicate (the same need, worded differently) or distinct (often sharing words, but another need).
 * Every idea of the set is indexed, as a real index holds many ideas; a pair counts as found when the index offers
 * the second idea for the first at the default minimum score. Precision and recall go to
 * {@code target/similarity-report.txt}, with how they change around the default.
 */
class SimilarIdeasLabelledSetTest {
    private static final Path REPORT = Path.of("target", "similarity-report.txt");

    private record Idea(String id, String title, String problem) {
    }

    private record Pair(boolean duplicate, Idea first, Idea second) {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();
    private static final Map<String, Idea> IDEAS = new LinkedHashMap<>();
    private static SimilarIdeasIndex index;

    @BeforeAll
    static void indexEveryIdeaOfTheSet() throws IOException {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                SimilarIdeasLabelledSetTest.class.getResourceAsStream("/similarity/labelled-pairs.csv")), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                PAIRS.add(new Pair("duplicate".equals(row.get("label")),
                        idea(row.get("a_title"), row.get("a_problem")), idea(row.get("b_title"), row.get("b_problem"))));
            }
        }
        index = new SimilarIdeasIndex();
        IDEAS.values().forEach(idea -> index.put(idea.id(), idea.title(), idea.problem()));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Idea idea(String title, String problem) {
        return IDEAS.computeIfAbsent(title + "\n" + problem, key -> new Idea("idea-" + IDEAS.size(), title, problem));
    }

    @Test
    void theSetIsLargeEnoughAndBalanced() {
        assertThat(PAIRS).hasSizeGreaterThanOrEqualTo(100);
        assertThat(PAIRS.stream().filter(Pair::duplicate).count()).isGreaterThanOrEqualTo(40);
        assertThat(PAIRS.stream().filter(pair -> !pair.duplicate()).count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void atTheDefaultMinimumScoreMostOfferedIdeasAreRealDuplicates() throws IOException {
        double threshold = SimilarIdeasPolicy.DEFAULT_MIN_SCORE;
        Map<Pair, Double> scores = new LinkedHashMap<>();
        PAIRS.forEach(pair -> scores.put(pair, score(pair)));

        StringBuilder report = new StringBuilder("similar ideas on the labelled set: %d pairs (%d duplicates), %d ideas indexed%n"
                .formatted(PAIRS.size(), PAIRS.stream().filter(Pair::duplicate).count(), IDEAS.size()));
        for (double t = 0.10; t <= 0.601; t += 0.05) {
            report.append(line(t, scores));
        }
        Counts atDefault = counts(threshold, scores);
        report.append("default minimum score: ").append(line(threshold, scores));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.print(report);

        assertThat(atDefault.precision()).as("precision at the default minimum score").isGreaterThanOrEqualTo(0.8);
        assertThat(atDefault.recall()).as("recall at the default minimum score").isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void anIdeaIsNeverOfferedAsSimilarToItself() {
        Idea any = IDEAS.values().iterator().next();
        List<SimilarIdea> similar = index.similarTo(any.title(), any.problem(), 10, 0, any.id());
        assertThat(similar).extracting(SimilarIdea::ideaId).doesNotContain(any.id());
        assertThat(index.similarTo(any.title(), any.problem(), 1, 0, null)).extracting(SimilarIdea::ideaId).containsExactly(any.id());
    }

    /** How close the index finds the second idea when asked about the first; 0 when it does not offer it at all. */
    private static double score(Pair pair) {
        return index.similarTo(pair.first().title(), pair.first().problem(), IDEAS.size(), 0, pair.first().id()).stream()
                .filter(similar -> similar.ideaId().equals(pair.second().id()))
                .mapToDouble(SimilarIdea::score)
                .findFirst().orElse(0);
    }

    private record Counts(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private static Counts counts(double threshold, Map<Pair, Double> scores) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<Pair, Double> scored : scores.entrySet()) {
            boolean offered = scored.getValue() >= threshold;
            if (offered && scored.getKey().duplicate()) {
                tp++;
            } else if (offered) {
                fp++;
            } else if (scored.getKey().duplicate()) {
                fn++;
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static String line(double threshold, Map<Pair, Double> scores) {
        Counts c = counts(threshold, scores);
        return "min score %.2f: precision %.3f, recall %.3f (%d found, %d wrongly offered, %d missed)%n"
                .formatted(threshold, c.precision(), c.recall(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
}
