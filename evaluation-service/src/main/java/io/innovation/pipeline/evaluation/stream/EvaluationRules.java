package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.evaluation.domain.GatePolicy;
import io.innovation.pipeline.evaluation.domain.ScoringSettings;
import io.innovation.pipeline.evaluation.domain.StrategySeed;
import java.time.Duration;

/**
 * The configured rules an idea is evaluated by: the strategy's seed (the topic's themes win over it), the scoring
 * weights, the gate, and how often open ideas are checked against a changed strategy.
 */
public record EvaluationRules(StrategySeed seed, ScoringSettings scoring, GatePolicy gate, Duration rescoreInterval) {
}
