package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.evaluation.domain.GatePolicy;
import io.innovation.pipeline.evaluation.domain.ScoringSettings;
import io.innovation.pipeline.evaluation.domain.Strategy;

/** The configured rules an idea is evaluated by. */
public record EvaluationRules(Strategy strategy, ScoringSettings scoring, GatePolicy gate) {
}
