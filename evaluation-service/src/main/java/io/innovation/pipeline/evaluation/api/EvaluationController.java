package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.evaluation.stream.Evaluation;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reads evaluations: every score with its inputs and explanation, and the gate decision with its reason. */
@RestController
class EvaluationController {
    private final InteractiveQueries queries;

    EvaluationController(InteractiveQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/evaluations/{ideaId}")
    EvaluationResponse get(@PathVariable String ideaId) {
        return queries.get(EvaluationTopology.EVALUATIONS_STORE, ideaId, Evaluation.class)
                .map(EvaluationResponse::of)
                .orElseThrow(() -> new NotFoundException("No evaluation for idea " + ideaId + " (yet)"));
    }
}
