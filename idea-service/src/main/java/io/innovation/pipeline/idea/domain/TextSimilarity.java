package io.innovation.pipeline.idea.domain;

import java.util.Map;

/**
 * How alike two texts are, from their weighted terms: the cosine of the two tf-idf vectors, from 0 (no term in
 * common) to 1 (the same terms in the same proportions). Terms shared by few ideas weigh more than terms most ideas
 * use, so two ideas about "invoice PDF export" are closer than two that merely both say "customers".
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /**
     * The weight of a term in one text: sub-linear in how often the text uses it (a word said five times is not five
     * times as telling), and higher the rarer the term is among the {@code documents} indexed.
     */
    public static double weight(long termFrequency, long documentFrequency, long documents) {
        if (termFrequency <= 0) {
            return 0;
        }
        if (documentFrequency < 0 || documents < 0) {
            throw new IllegalArgumentException("frequencies must not be negative");
        }
        double idf = Math.log((documents + 1.0) / (documentFrequency + 1.0)) + 1.0;
        return (1.0 + Math.log(termFrequency)) * idf;
    }

    /** The cosine of two term-weight vectors; 0 when either is empty. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> smaller = a.size() <= b.size() ? a : b;
        Map<String, Double> larger = smaller == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> term : smaller.entrySet()) {
            Double other = larger.get(term.getKey());
            if (other != null) {
                dot += term.getValue() * other;
            }
        }
        double norms = norm(a) * norm(b);
        // rounding can push the cosine of equal vectors a hair above 1
        return norms == 0 ? 0 : Math.min(1.0, dot / norms);
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double weight : vector.values()) {
            sum += weight * weight;
        }
        return Math.sqrt(sum);
    }
}
