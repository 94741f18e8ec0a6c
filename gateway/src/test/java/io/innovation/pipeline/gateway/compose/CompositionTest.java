package io.innovation.pipeline.gateway.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CompositionTest {

    static final JsonMapper json = JsonMapper.builder().build();
    static final IdeaPart IDEA = json.readValue("{\"id\": \"a1\", \"title\": \"Faster checkout\", \"team\": \"payments\"}",
            IdeaPart.class);
    static final EvaluationPart EVALUATION = json.readValue(
            "{\"ideaId\": \"a1\", \"assessment\": {\"priority\": 50}, \"decision\": null}", EvaluationPart.class);

    @Test
    void anIdeaUnknownToIdeaServiceIsNotFoundWhateverTheOthersHold() {
        assertThat(Composition.compose("a1", new PartResult.Absent<>(), new PartResult.Present<>(EVALUATION), down()))
                .isEqualTo(new Composition.IdeaNotFound());
    }

    @Test
    void nothingIsAvailableWhenIdeaServiceIsDownAndTheOthersHaveNoData() {
        assertThat(Composition.compose("a1", down(), new PartResult.Absent<>(), down())).isEqualTo(new Composition.NothingAvailable(
                "Nothing is known about idea a1 right now: idea-service could not be reached; "
                        + "evaluation-service has no data on it; roadmap-service could not be reached."));
    }

    @Test
    void aViewCarriesThePartsThatAnsweredAndNamesThoseThatDidNot() {
        Composition composition = Composition.compose("a1", new PartResult.Present<>(IDEA), new PartResult.Present<>(EVALUATION), down());

        assertThat(composition).isEqualTo(new Composition.View(new IdeaView("a1", PipelineStatus.IN_EVALUATION,
                "Scored, waiting for the gate decision. The status may be behind: roadmap-service did not answer.",
                IDEA, EVALUATION, null, List.of("roadmap"))));
    }

    @Test
    void aPartWithNoDataIsNullButNotUnavailable() {
        Composition composition = Composition.compose("a1", new PartResult.Present<>(IDEA), new PartResult.Absent<>(), new PartResult.Absent<>());

        assertThat(composition).isEqualTo(new Composition.View(new IdeaView("a1", PipelineStatus.SUBMITTED,
                "Submitted, waiting for evaluation.", IDEA, null, null, List.of())));
    }

    @Test
    void aMergedIdeaIsMergedIntoTheIdeaIdeaServiceNamesNotWithdrawn() {
        IdeaPart merged = json.readValue("""
                {"id": "a1", "title": "Faster checkout", "team": "payments", "status": "MERGED", "mergedInto": "b2", "votes": 3}""",
                IdeaPart.class);
        EvaluationPart closed = json.readValue("""
                {"ideaId": "a1", "decision": {"outcome": "WITHDRAWN", "reason": "Withdrawn by erin: merged into b2 as a duplicate"}}""",
                EvaluationPart.class);

        Composition composition = Composition.compose("a1", new PartResult.Present<>(merged), new PartResult.Present<>(closed),
                new PartResult.Absent<>());

        assertThat(composition).isEqualTo(new Composition.View(new IdeaView("a1", PipelineStatus.MERGED,
                "Merged into b2 as a duplicate.", merged, closed, null, List.of())));
    }

    private static <T> PartResult<T> down() {
        return new PartResult.Unavailable<>("could not be reached");
    }
}
