package io.innovation.pipeline.gateway.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The back-ends' real answers (golden samples their own tests write into {@code golden/}, see its README) read
 * into the gateway's tolerant-reader records: every field the composed view shows is there. A field a back-end
 * renames or drops fails here.
 */
class GoldenAnswersTest {

    static final Path GOLDEN = Path.of("..", "golden");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void ideaServiceAnswersEveryFieldOfTheIdeaPart() {
        IdeaPart idea = read("idea-service.get-idea", IdeaPart.class);

        assertThat(idea).hasNoNullFieldsOrPropertiesExcept("mergedInto"); // an open idea is merged into nothing
        assertThat(idea.themes()).isNotEmpty();
        assertThat(idea.tags()).isNotEmpty();
    }

    @Test
    void evaluationServiceAnswersEveryFieldOfTheEvaluationPart() {
        EvaluationPart evaluation = read("evaluation-service.get-evaluation", EvaluationPart.class);

        assertThat(evaluation).hasNoNullFieldsOrProperties();
        EvaluationPart.Assessment assessment = evaluation.assessment();
        assertThat(assessment).hasNoNullFieldsOrProperties();
        assertThat(assessment.rice()).hasNoNullFieldsOrProperties();
        assertThat(assessment.wsjf()).hasNoNullFieldsOrProperties();
        assertThat(assessment.alignment()).hasNoNullFieldsOrProperties();
        assertThat(assessment.priorityTerms()).isNotEmpty()
                .allSatisfy(term -> assertThat(term).hasNoNullFieldsOrProperties());
        // the golden decision is the policy's own approval: nobody proposed anything to a person, nobody gave a rationale
        assertThat(evaluation.decision()).hasNoNullFieldsOrPropertiesExcept("proposal", "rationale");
        assertThat(evaluation.decision().budget()).hasNoNullFieldsOrProperties();
    }

    @Test
    void roadmapServiceAnswersEveryFieldOfTheRoadmapPart() {
        RoadmapPart roadmap = read("roadmap-service.get-roadmap-item", RoadmapPart.class);

        assertThat(roadmap).hasNoNullFieldsOrProperties();
        assertThat(roadmap.allocations()).isNotEmpty();
    }

    @Test
    void anAnswerWithoutARequiredFieldIsRefusedNamingTheServiceAndTheField() {
        assertThatThrownBy(() -> JSON.readValue("{\"ideaId\": \"a1\", \"state\": \"SCHEDULED\"}", RoadmapPart.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("roadmap-service's answer lacks the required field 'status'");
    }

    @Test
    void fieldsTheGatewayDoesNotReadAreIgnored() {
        IdeaPart idea = JSON.readValue("""
                {"id": "a1", "title": "Faster checkout", "team": "payments", "votes": 12, "labels": {"x": 1}}""", IdeaPart.class);

        assertThat(idea.title()).isEqualTo("Faster checkout");
    }

    private static <T> T read(String name, Class<T> type) {
        return JSON.readValue(GOLDEN.resolve(name + ".json").toFile(), type);
    }
}
