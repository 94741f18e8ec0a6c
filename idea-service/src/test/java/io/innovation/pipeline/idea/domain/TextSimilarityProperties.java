package io.innovation.pipeline.idea.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextSimilarityProperties {
    private static final long SEED = Long.getLong("QT_SEED", 20_261_207L);

    /** A random weight vector over a small vocabulary, so that vectors often share terms. */
    private static Gen<Map<String, Double>> vectors() {
        return longs().all().map(seed -> {
            Random random = new Random(seed);
            Map<String, Double> vector = new HashMap<>();
            int terms = random.nextInt(8);
            for (int i = 0; i < terms; i++) {
                vector.put("t" + random.nextInt(12), 0.01 + random.nextDouble() * 10);
            }
            return vector;
        });
    }

    @Test
    void cosineIsSymmetricAndBetweenZeroAndOne() {
        qt().withFixedSeed(SEED).withExamples(1_000).forAll(vectors(), vectors()).checkAssert((a, b) -> {
            double ab = TextSimilarity.cosine(a, b);
            assertThat(ab).isBetween(0.0, 1.0).isCloseTo(TextSimilarity.cosine(b, a), within(1e-12));
        });
    }

    @Test
    void aTextIsFullySimilarToItselfAndToAnyMultipleOfItself() {
        qt().withFixedSeed(SEED).withExamples(1_000).forAll(vectors(), doubles().between(0.1, 100)).checkAssert((a, factor) -> {
            Map<String, Double> scaled = new HashMap<>();
            a.forEach((term, weight) -> scaled.put(term, weight * factor));
            double expected = a.isEmpty() ? 0 : 1;
            assertThat(TextSimilarity.cosine(a, a)).isCloseTo(expected, within(1e-9));
            assertThat(TextSimilarity.cosine(a, scaled)).isCloseTo(expected, within(1e-9));
        });
    }

    @Test
    void textsWithoutACommonTermAreNotSimilar() {
        qt().withFixedSeed(SEED).withExamples(1_000).forAll(vectors(), vectors()).checkAssert((a, b) -> {
            Map<String, Double> disjoint = new HashMap<>();
            b.forEach((term, weight) -> disjoint.put("other-" + term, weight));
            assertThat(TextSimilarity.cosine(a, disjoint)).isZero();
        });
    }

    @Test
    void rarerTermsAndMoreFrequentUseWeighMore() {
        qt().withFixedSeed(SEED).withExamples(1_000)
                .forAll(integers().between(1, 50), integers().between(0, 999), integers().between(1_000, 100_000))
                .checkAssert((tf, df, documents) -> {
                    double weight = TextSimilarity.weight(tf, df, documents);
                    assertThat(weight).isPositive();
                    assertThat(TextSimilarity.weight(tf, df + 1, documents)).isLessThan(weight);
                    assertThat(TextSimilarity.weight(tf + 1, df, documents)).isGreaterThan(weight);
                });
        assertThat(TextSimilarity.weight(0, 3, 10)).isZero();
    }
}
