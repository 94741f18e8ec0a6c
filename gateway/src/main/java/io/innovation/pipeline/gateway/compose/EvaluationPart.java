package io.innovation.pipeline.gateway.compose;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
                assessed ? new Assessment(null, null, null, null, List.of(), null, null, null, null) : null,
                outcome == null ? null : new Decision(outcome, reason, null, null, null, null, List.of(), null, null, null));
    }

    /** The scores, each term's contribution to the priority, and the engineer's and the executive's explanation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(Score rice, Score wsjf, Score alignment, Double priority, List<PriorityTerm> priorityTerms,
                             Instant assessedAt, Integer reviewCount, String engineerExplanation, String executiveExplanation) {}

    /** A score with the inputs it was computed from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Score(Double value, Map<String, Double> inputs, String formula, String explanation) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriorityTerm(String score, Double normalized, Double weight, Double contribution, String explanation) {}

    /**
     * The gate's decision: who decided and why, what the policy proposed and the decider's rationale, questions for the
     * submitter, the budget standing of an approval, and the two explanations.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String outcome, String reason, String decidedBy, Instant decidedAt, String proposal, String rationale,
                           List<String> questions, Budget budget, String engineerExplanation, String executiveExplanation) {
        public Decision {
            Required.field(outcome, SERVICE, "decision.outcome");
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /** An approval's standing against its primary theme's envelope for the period. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(String themeId, String period, String currency, BigDecimal cost, BigDecimal envelope, BigDecimal reserved,
                         BigDecimal remaining, BigDecimal missing) {}
}
