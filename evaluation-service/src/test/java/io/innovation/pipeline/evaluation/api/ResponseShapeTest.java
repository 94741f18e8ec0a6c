package io.innovation.pipeline.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.PriorityTerm;
import io.innovation.pipeline.contracts.events.Score;
import io.innovation.pipeline.evaluation.stream.Evaluation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP answer is its own record, mapped from the store value, with the JSON the gateway and clients know. */
class ResponseShapeTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void anEvaluationAnswersWithTheFieldsOfTheStoredEvaluation() {
        Score score = new Score("rice", 10.0, Map.of("reach", 1.0), "formula", "explanation");
        IdeaAssessed assessed = new IdeaAssessed("i", 1, "web", score, score, score, 50.0,
                List.of(new PriorityTerm("rice", 0.5, 0.4, 20.0, "why")), AT);
        IdeaDecided decided = new IdeaDecided("i", 1, "Title", "web", DecisionOutcome.APPROVED, "reason", "policy", 50.0, 6.0, List.of(), AT);
        for (Evaluation evaluation : List.of(new Evaluation("i", 1, "Title", "web", null, assessed, decided, List.of(), null),
                new Evaluation("i", 1, "Title", "web", null, assessed, null, List.of(), null))) {
            JsonNode answer = json(EvaluationResponse.of(evaluation));
            assertThat(answer.get("ideaId").asString()).isEqualTo("i");
            assertThat(answer.get("ideaVersion").asLong()).isEqualTo(1);
            assertThat(answer.get("assessment")).isEqualTo(json(evaluation.assessment()));
            assertThat(answer.get("decision")).isEqualTo(json(evaluation.decision()));
        }
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
