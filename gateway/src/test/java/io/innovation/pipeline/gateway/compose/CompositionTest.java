package io.innovation.pipeline.gateway.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CompositionTest {

    static final JsonMapper json = JsonMapper.builder().build();
    static final JsonNode IDEA = json.readTree("{\"id\": \"a1\", \"title\": \"Faster checkout\"}");
    static final JsonNode EVALUATION = json.readTree("{\"assessment\": {\"composite\": 50}, \"decision\": null}");

    static final PartResult ABSENT = new PartResult.Absent();
    static final PartResult DOWN = new PartResult.Unavailable("could not be reached");

    @Test
    void anIdeaUnknownToIdeaServiceIsNotFoundWhateverTheOthersHold() {
        assertThat(Composition.compose("a1", ABSENT, new PartResult.Present(EVALUATION), DOWN))
                .isEqualTo(new Composition.IdeaNotFound());
    }

    @Test
    void nothingIsAvailableWhenIdeaServiceIsDownAndTheOthersHaveNoData() {
        assertThat(Composition.compose("a1", DOWN, ABSENT, DOWN)).isEqualTo(new Composition.NothingAvailable(
                "Nothing is known about idea a1 right now: idea-service could not be reached; "
                        + "evaluation-service has no data on it; roadmap-service could not be reached."));
    }

    @Test
    void aViewCarriesThePartsThatAnsweredAndNamesThoseThatDidNot() {
        Composition composition = Composition.compose("a1", new PartResult.Present(IDEA), new PartResult.Present(EVALUATION), DOWN);

        assertThat(composition).isEqualTo(new Composition.View(new IdeaView("a1", PipelineStatus.IN_EVALUATION,
                "Scored, waiting for the gate decision. The status may be behind: roadmap-service did not answer.",
                IDEA, EVALUATION, null, List.of("roadmap"))));
    }

    @Test
    void aPartWithNoDataIsNullButNotUnavailable() {
        Composition composition = Composition.compose("a1", new PartResult.Present(IDEA), ABSENT, ABSENT);

        assertThat(composition).isEqualTo(new Composition.View(new IdeaView("a1", PipelineStatus.SUBMITTED,
                "Submitted, waiting for evaluation.", IDEA, null, null, List.of())));
    }
}
