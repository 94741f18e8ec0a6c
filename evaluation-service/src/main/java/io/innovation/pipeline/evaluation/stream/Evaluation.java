package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;

/** What evaluation-service knows of one idea: the latest assessment and gate decision, for one idea version. */
public record Evaluation(String ideaId, long ideaVersion, IdeaAssessed assessment, IdeaDecided decision) {
}
