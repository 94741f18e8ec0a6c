package io.innovation.pipeline.evaluation.config;

import io.innovation.pipeline.evaluation.domain.GatePolicy;
import io.innovation.pipeline.evaluation.domain.ScoringSettings;
import io.innovation.pipeline.evaluation.domain.Strategy;
import io.innovation.pipeline.evaluation.domain.StrategyTheme;
import io.innovation.pipeline.evaluation.stream.EvaluationRules;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.evaluation.*}: the active strategy, the scoring weights and the gate thresholds.
 *
 * @param themes the active strategic themes with their weights (0..1)
 * @param scoring weights of RICE, WSJF and alignment in the composite priority, and the half-saturation constants
 * @param gate approve at or above, reject below (composite priority 0..100)
 */
@ConfigurationProperties("innovation.evaluation")
public record EvaluationProperties(List<Theme> themes, @DefaultValue Scoring scoring, @DefaultValue Gate gate) {

    public record Theme(String id, String name, double weight) {
    }

    public record Scoring(
            @DefaultValue("" + ScoringSettings.DEFAULT_RICE_WEIGHT) double riceWeight,
            @DefaultValue("" + ScoringSettings.DEFAULT_WSJF_WEIGHT) double wsjfWeight,
            @DefaultValue("" + ScoringSettings.DEFAULT_ALIGNMENT_WEIGHT) double alignmentWeight,
            @DefaultValue("" + ScoringSettings.DEFAULT_RICE_HALF_SATURATION) double riceHalfSaturation,
            @DefaultValue("" + ScoringSettings.DEFAULT_WSJF_HALF_SATURATION) double wsjfHalfSaturation) {
    }

    public record Gate(
            @DefaultValue("" + GatePolicy.DEFAULT_APPROVE_AT_OR_ABOVE) double approveAtOrAbove,
            @DefaultValue("" + GatePolicy.DEFAULT_REJECT_BELOW) double rejectBelow) {
    }

    /** The domain rules; invalid values fail start-up with the domain's message. */
    public EvaluationRules toRules() {
        Strategy strategy = new Strategy(themes == null ? List.of()
                : themes.stream().map(t -> new StrategyTheme(t.id(), t.name(), t.weight())).toList());
        ScoringSettings settings = ScoringSettings.defaults()
                .withWeights(scoring.riceWeight(), scoring.wsjfWeight(), scoring.alignmentWeight())
                .withHalfSaturation(scoring.riceHalfSaturation(), scoring.wsjfHalfSaturation());
        return new EvaluationRules(strategy, settings, new GatePolicy(gate.approveAtOrAbove(), gate.rejectBelow()));
    }
}
