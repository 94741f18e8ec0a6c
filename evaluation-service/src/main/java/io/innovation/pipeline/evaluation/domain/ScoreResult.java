package io.innovation.pipeline.evaluation.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One score with the numbers it was computed from (in the order the formula uses them), the formula, and a
 * sentence that explains it with those numbers.
 */
public record ScoreResult(String name, double value, Map<String, Double> inputs, String formula, String explanation) {

    public ScoreResult {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
