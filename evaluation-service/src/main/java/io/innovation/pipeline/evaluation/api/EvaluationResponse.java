package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.evaluation.stream.Evaluation;

/**
 * One idea's evaluation as GET /evaluations/{ideaId} answers it: the latest assessment (every score with its inputs
 * and explanation) and gate decision, as published on {@code innovation.evaluations.v1}. Mapped from the state-store
 * value, so the store can change without changing the HTTP answer.
 */
public record EvaluationResponse(String ideaId, long ideaVersion, IdeaAssessed assessment, IdeaDecided decision) {

    static EvaluationResponse of(Evaluation evaluation) {
        return new EvaluationResponse(evaluation.ideaId(), evaluation.ideaVersion(), evaluation.assessment(), evaluation.decision());
    }
}
