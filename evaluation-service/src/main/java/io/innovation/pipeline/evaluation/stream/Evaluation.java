package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What evaluation-service keeps of one idea: the domain state, the latest assessment and decision as published, and
 * every assessment, review and decision published for it, in the order they were written to
 * {@code innovation.evaluations.v1} (the idea's history, kept beside the state so it is read without a scan of the log).
 * {@code submittedAt}: when the idea was first submitted (null in values stored before it was kept), for the time
 * from submission to decision.
 */
public record Evaluation(String ideaId, long ideaVersion, String title, String team, IdeaEvaluation state,
                         IdeaAssessed assessment, IdeaDecided decision, List<Entry> history, Instant submittedAt) {

    public Evaluation {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** One published event of the idea: exactly one of the three is set. */
    public record Entry(IdeaAssessed assessed, IdeaReviewed reviewed, IdeaDecided decided) {
    }

    Evaluation with(IdeaEvaluation newState, IdeaAssessed newAssessment, IdeaReviewed review, IdeaDecided newDecision) {
        List<Entry> next = new ArrayList<>(history);
        if (review != null) {
            next.add(new Entry(null, review, null));
        }
        if (newAssessment != null) {
            next.add(new Entry(newAssessment, null, null));
        }
        if (newDecision != null) {
            next.add(new Entry(null, null, newDecision));
        }
        return new Evaluation(ideaId, newState.version(), title, team, newState,
                newAssessment != null ? newAssessment : assessment, newDecision != null ? newDecision : decision, next, submittedAt);
    }
}
