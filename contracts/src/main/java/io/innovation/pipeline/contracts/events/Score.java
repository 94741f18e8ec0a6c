package io.innovation.pipeline.contracts.events;

import java.util.Map;

/** One score with the inputs it was computed from and a sentence that explains it. */
public record Score(String name, double value, Map<String, Double> inputs, String formula, String explanation) {
}
