package io.innovation.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.testing.SchemaInstances;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Instances generated from the published SubmitIdea schema are accepted by the validator the services run, read as
 * the record, and the record written back (as the HTTP API forwards it, and inside IdeaSubmitted) is valid too.
 */
class GeneratedCommandsTest {
    static final long SEED = 20261125L;
    static final int COUNT = 500;
    static final SchemaValidator<SubmitIdea> SUBMIT_IDEA = SchemaValidator.of(SubmitIdea.class);

    static List<JsonNode> generated() {
        return new SchemaInstances(SchemaInstances.schemaOf(SubmitIdea.class), SEED).take(COUNT);
    }

    @Test
    void everyGeneratedSubmitIdeaIsValidAndReadsAsTheRecord() {
        for (JsonNode instance : generated()) {
            assertThat(SUBMIT_IDEA.validate(instance)).as(instance.toString()).isEmpty();
            Checked<SubmitIdea> read = SUBMIT_IDEA.read(instance);
            assertThat(read).as(instance.toString()).isInstanceOf(Checked.Valid.class);
            SubmitIdea idea = ((Checked.Valid<SubmitIdea>) read).value();
            JsonNode written = CloudEventCodec.json().valueToTree(idea);
            assertThat(SUBMIT_IDEA.validate(written)).as(written.toString()).isEmpty();
            IdeaSubmitted event = new IdeaSubmitted("6f1c2a4e-8d7b-4c1e-9a35-2b7f4c9d1e01", 1, "kafka", "c-1", Instant.EPOCH, idea);
            assertThat(SchemaValidator.of(IdeaSubmitted.class).validate(CloudEventCodec.json().valueToTree(event))).isEmpty();
        }
    }

    /** The generator must reach the corners, or the test above proves little. */
    @Test
    void theGeneratedCommandsCoverTheCornersOfTheSchema() {
        List<JsonNode> instances = generated();
        for (String optional : List.of("proposal", "themes", "tags", "reach", "impact", "confidence", "effortWeeks",
                "costEstimate", "timeCriticality", "riskReduction", "dependsOn")) {
            someOf(instances, optional + " absent", i -> !i.has(optional));
            someOf(instances, optional + " present", i -> i.hasNonNull(optional));
        }
        for (String nullable : List.of("proposal", "reach", "impact", "confidence", "effortWeeks", "costEstimate", "timeCriticality")) {
            someOf(instances, nullable + " null", i -> i.has(nullable) && i.get(nullable).isNull());
        }
        someOf(instances, "title of 200", i -> codePoints(i.get("title")) == 200);
        someOf(instances, "title of 3", i -> codePoints(i.get("title")) == 3);
        someOf(instances, "title padded with white space", i -> !i.get("title").asString().strip().equals(i.get("title").asString()));
        someOf(instances, "text beyond the BMP", i -> i.toString().codePoints().anyMatch(Character::isSupplementaryCodePoint));
        someOf(instances, "problem of 10000", i -> codePoints(i.get("problem")) == 10_000);
        someOf(instances, "team id of 64", i -> codePoints(i.get("team")) == 64);
        someOf(instances, "20 themes", i -> i.path("themes").size() == 20);
        someOf(instances, "50 dependencies", i -> i.path("dependsOn").size() == 50);
        someOf(instances, "largest reach", i -> i.path("reach").asLong() == EstimateScales.REACH_MAX);
        someOf(instances, "whole number written as 5.0", i -> i.path("reach").isFloatingPointNumber()
                || i.path("confidence").isFloatingPointNumber());
        someOf(instances, "largest effort", i -> i.path("effortWeeks").asDouble() == EstimateScales.EFFORT_WEEKS_MAX);
        someOf(instances, "least effort", i -> i.path("effortWeeks").isNumber() && i.path("effortWeeks").asDouble() == EstimateScales.EFFORT_WEEKS_MIN);
        someOf(instances, "an unknown field", i -> i.propertyNames().stream().anyMatch(n -> n.startsWith("someFutureField")));
        for (double impact : EstimateScales.IMPACT) {
            someOf(instances, "impact " + impact, i -> i.path("impact").isNumber() && i.path("impact").asDouble() == impact);
        }
    }

    @Test
    void theSameSeedGivesTheSameCommands() {
        assertThat(generated()).isEqualTo(generated());
    }

    /** Names the missing corner without printing 500 instances. */
    private static void someOf(List<JsonNode> instances, String corner, java.util.function.Predicate<JsonNode> test) {
        assertThat(instances.stream().anyMatch(test)).as("some generated instance has " + corner).isTrue();
    }

    private static int codePoints(JsonNode text) {
        return text.asString().codePointCount(0, text.asString().length());
    }
}
