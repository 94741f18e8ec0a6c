package io.innovation.pipeline.gateway.compose;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's reading of evaluation-service's {@code GET /evaluations/{id}} (a tolerant reader): the scores with
 * their explanations and the gate decision, unknown fields ignored. {@code ideaId} is required, and a decision's
 * {@code outcome}; the assessment and the decision may each be absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationPart(String ideaId, Long ideaVersion, Assessment assessment, Decision decision) {

    private static final String SERVICE = Part.EVALUATION.service();

    public EvaluationPart {
        Required.field(ideaId, SERVICE, "ideaId");
    }

    /** What the pipeline view and the live feed know of an evaluation: whether it was scored, and its outcome. */
    public static EvaluationPart known(String ideaId, boolean assessed, String outcome, String reason) {
        return new EvaluationPart(ideaId, null,
                assessed ? new Assessment(null, null, null, null, List.of(), null) : null,
                outcome == null ? null : new Decision(outcome, reason, null, null));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(Score rice, Score wsjf, Score alignment, Double priority, List<PriorityTerm> priorityTerms,
                             Instant assessedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Score(Double value, String formula, String explanation) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriorityTerm(String score, Double contribution, String explanation) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String outcome, String reason, String decidedBy, Instant decidedAt) {
        public Decision {
            Required.field(outcome, SERVICE, "decision.outcome");
        }
    }
}
