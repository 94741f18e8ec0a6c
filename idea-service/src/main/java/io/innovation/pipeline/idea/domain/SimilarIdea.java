package io.innovation.pipeline.idea.domain;

/** An indexed idea close to a text, with how close (0..1, see {@link TextSimilarity}). */
public record SimilarIdea(String ideaId, String title, double score) {
}
