import io.innovation.pipeline.idea.domain.SimilarIdea;
import io.innovation.pipeline.idea.domain.SimilarIdeasPolicy;
import io.innovation.pipeline.idea.stream.SimilarIdeasIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The similar-ideas query at scale: COUNT ideas in idea-service's index (SimilarIdeasIndex, in process, as every
 * idea-service instance holds it), then QUERIES queries as someone typing would send them, one after another; prints
 * the latency percentiles and the heap the index takes.
 *
 * The ideas are made from the words of the labelled pairs (idea-service/src/test/resources/similarity) mixed with a
 * long tail of rarer words (Zipf-like), so that posting lists are as uneven as in real text; the queries are the
 * labelled ideas themselves, titles with their problems, and titles alone (typing has only begun).
 *
 * Usage: bench/similar-ideas.sh [count] [queries]
 */
public class SimilarIdeasQuery {
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        List<String[]> labelled = labelledIdeas(Path.of("idea-service/src/test/resources/similarity/labelled-pairs.csv"));
        String[] common = commonWords(labelled);
        Random random = new Random(20261207L);

        long heapBefore = usedHeap();
        long indexing = System.nanoTime();
        try (SimilarIdeasIndex index = new SimilarIdeasIndex()) {
            for (int i = 0; i < count; i++) {
                index.put(UUID.randomUUID().toString(), sentence(random, common, 4 + random.nextInt(6)),
                        sentence(random, common, 15 + random.nextInt(30)));
            }
            // the labelled ideas too, so that queries have real neighbours to find
            for (String[] idea : labelled) {
                index.put(UUID.randomUUID().toString(), idea[0], idea[1]);
            }
            int indexed = index.size(); // refreshes the searcher: part of making the index ready
            double indexSeconds = (System.nanoTime() - indexing) / 1e9;
            long heapIndex = usedHeap() - heapBefore;

            SimilarIdeasPolicy policy = SimilarIdeasPolicy.defaults();
            for (int warm = 0; warm < 1_000; warm++) { // JIT
                String[] idea = labelled.get(warm % labelled.size());
                index.similarTo(idea[0], idea[1], policy.limit(), policy.minScore(), null);
            }
            long[] nanos = new long[queries];
            long found = 0;
            for (int q = 0; q < queries; q++) {
                String[] idea = labelled.get(random.nextInt(labelled.size()));
                String problem = q % 3 == 2 ? null : idea[1]; // every third query: the title alone
                long start = System.nanoTime();
                List<SimilarIdea> similar = index.similarTo(idea[0], problem, policy.limit(), policy.minScore(), null);
                nanos[q] = System.nanoTime() - start;
                found += similar.size();
            }
            Arrays.sort(nanos);
            System.out.printf("ideas indexed: %,d in %.1f s; index heap about %,d MB (after GC)%n", indexed, indexSeconds, heapIndex >> 20);
            System.out.printf("queries: %,d (a third title only), %.2f similar ideas each on average%n", queries, (double) found / queries);
            System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", ms(nanos, 0.50), ms(nanos, 0.90),
                    ms(nanos, 0.99), ms(nanos, 0.999), nanos[nanos.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** Title and problem of every idea in the labelled pairs (a plain split: the file has quoted commas only in problems). */
    private static List<String[]> labelledIdeas(Path csv) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> ideas = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            List<String> cells = cells(line);
            for (int i = 1; i + 1 < cells.size(); i += 2) {
                if (seen.add(cells.get(i) + "\n" + cells.get(i + 1))) {
                    ideas.add(new String[] {cells.get(i), cells.get(i + 1)});
                }
            }
        }
        return ideas;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String[] commonWords(List<String[]> ideas) {
        Set<String> words = new LinkedHashSet<>();
        for (String[] idea : ideas) {
            for (String text : idea) {
                words.addAll(Arrays.asList(text.toLowerCase().split("[^a-z0-9]+")));
            }
        }
        words.remove("");
        return words.toArray(String[]::new);
    }

    /** Half the words from the labelled vocabulary, half from a Zipf-like tail of 50,000 rarer words. */
    private static String sentence(Random random, String[] common, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            if (random.nextBoolean()) {
                text.append(common[random.nextInt(common.length)]);
            } else {
                text.append("w").append((int) Math.floor(Math.pow(50_000, random.nextDouble())));
            }
        }
        return text.toString();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
