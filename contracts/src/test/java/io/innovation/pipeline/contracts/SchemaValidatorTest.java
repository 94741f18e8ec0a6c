package io.innovation.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The published SubmitIdea schema as the services run it: each broken rule names its field with a message for people. */
class SchemaValidatorTest {
    static final SchemaValidator<SubmitIdea> SUBMIT_IDEA = SchemaValidator.of(SubmitIdea.class);
    static final String UUID_1 = "6f1c2a4e-8d7b-4c1e-9a35-2b7f4c9d1e01";
    static final String IDENTIFIER = "1 to 64 letters, digits, '.', '_' or '-'";

    /** A valid command with one field changed: the change, the field it must name, the message. */
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("title", "\"ab\"", "title", "is required and must be 3 to 200 characters"),
                broken("title", "\"  ab  \"", "title", "is required and must be 3 to 200 characters"),
                broken("title", json("t".repeat(201)), "title", "is required and must be 3 to 200 characters"),
                broken("title", "null", "title", "is required and must be 3 to 200 characters"),
                broken("problem", "\" \\n\\t \"", "problem", "is required: say what problem the idea solves"),
                broken("problem", json("p".repeat(10_001)), "problem", "must be at most 10000 characters"),
                broken("proposal", json("p".repeat(10_001)), "proposal", "must be text of at most 10000 characters"),
                broken("submitter", "\"alice smith\"", "submitter", "is required: " + IDENTIFIER),
                broken("submitter", json("a".repeat(65)), "submitter", "is required: " + IDENTIFIER),
                broken("team", "\"-identity\"", "team", "is required: " + IDENTIFIER),
                broken("team", "\"identity\\n\"", "team", "is required: " + IDENTIFIER),
                broken("themes", "[\"ok\", \"not ok\"]", "themes[1]", "must be " + IDENTIFIER),
                broken("themes", list(21, "\"t\""), "themes", "must be a list of at most 20 theme ids"),
                broken("themes", "\"customer-experience\"", "themes", "must be a list of at most 20 theme ids"),
                broken("tags", "[\"\"]", "tags[0]", "must be " + IDENTIFIER),
                broken("tags", list(21, "\"t\""), "tags", "must be a list of at most 20 tags"),
                broken("reach", "-1", "reach", "must be a whole number from 0 to 10000000000 (users affected per quarter)"),
                broken("reach", "10000000001", "reach", "must be a whole number from 0 to 10000000000 (users affected per quarter)"),
                broken("reach", "1e30", "reach", "must be a whole number from 0 to 10000000000 (users affected per quarter)"),
                broken("reach", "12.5", "reach", "must be a whole number from 0 to 10000000000 (users affected per quarter)"),
                broken("reach", "\"lots\"", "reach", "must be a whole number from 0 to 10000000000 (users affected per quarter)"),
                broken("impact", "1.5", "impact", "must be one of 0.25, 0.5, 1, 2, 3"),
                broken("confidence", "101", "confidence", "must be a percentage from 0 to 100"),
                broken("confidence", "-1e300", "confidence", "must be a percentage from 0 to 100"),
                broken("effortWeeks", "0", "effortWeeks", "must be from 0.01 to 520 person-weeks"),
                broken("effortWeeks", "0.0099", "effortWeeks", "must be from 0.01 to 520 person-weeks"),
                broken("effortWeeks", "520.5", "effortWeeks", "must be from 0.01 to 520 person-weeks"),
                broken("effortWeeks", "1e-400", "effortWeeks", "must be from 0.01 to 520 person-weeks"),
                broken("costEstimate", "{\"amount\": -1, \"currency\": \"EUR\"}", "costEstimate.amount", "is required and must be zero or more"),
                broken("costEstimate", "{\"currency\": \"EUR\"}", "costEstimate.amount", "is required and must be zero or more"),
                broken("costEstimate", "{\"amount\": 1, \"currency\": \"euro\"}", "costEstimate.currency", "must be an ISO 4217 code such as EUR"),
                broken("costEstimate", "30000", "costEstimate", "must be an object such as {\"amount\": 30000, \"currency\": \"EUR\"}"),
                broken("timeCriticality", "4", "timeCriticality", "must be one of 1, 2, 3, 5, 8, 13, 20"),
                broken("riskReduction", "21", "riskReduction", "must be one of 1, 2, 3, 5, 8, 13, 20"),
                broken("dependsOn", "[\"" + UUID_1 + "\", \"not-a-uuid\"]", "dependsOn[1]", "must be the id (a UUID) of another idea"),
                broken("dependsOn", "[\"" + UUID_1 + "0\"]", "dependsOn[0]", "must be the id (a UUID) of another idea"),
                broken("dependsOn", list(51, "\"" + UUID_1 + "\""), "dependsOn", "must be a list of at most 50 idea ids"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenRules")
    void eachBrokenRuleNamesItsFieldOnce(String property, String shown, String field, String message, String value) {
        ObjectNode command = valid();
        command.set(property, CloudEventCodec.json().readTree(value));
        assertThat(SUBMIT_IDEA.validate(command)).containsExactly(new Violation(field, message));
        assertThat(SUBMIT_IDEA.read(command)).isInstanceOf(Checked.Invalid.class);
    }

    @Test
    void aValidCommandIsReadAsTheRecord() {
        assertThat(SUBMIT_IDEA.validate(valid())).isEmpty();
        assertThat(SUBMIT_IDEA.read(valid())).isEqualTo(new Checked.Valid<>(SamplePayloads.SUBMIT_IDEA));
        assertThat(SUBMIT_IDEA.read(CloudEventCodec.json().valueToTree(SamplePayloads.MINIMAL_SUBMIT_IDEA)))
                .isEqualTo(new Checked.Valid<>(SamplePayloads.MINIMAL_SUBMIT_IDEA));
    }

    @Test
    void wholeNumbersWrittenWithAFractionAndPaddedTitlesAreFine() {
        ObjectNode command = valid();
        command.set("reach", CloudEventCodec.json().readTree("12000.0"));
        command.set("timeCriticality", CloudEventCodec.json().readTree("8.0"));
        command.put("title", "  Self-service password reset  ");
        assertThat(SUBMIT_IDEA.read(command)).isInstanceOfSatisfying(Checked.Valid.class, valid -> {
            SubmitIdea idea = (SubmitIdea) valid.value();
            assertThat(idea.reach()).isEqualTo(12000L);
            assertThat(idea.timeCriticality()).isEqualTo(8);
        });
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInTheOrderOfTheSchema() {
        // the README's example: {"title":"x","impact":7}
        JsonNode command = CloudEventCodec.json().readTree("{\"impact\": 7, \"title\": \"x\"}");
        assertThat(SUBMIT_IDEA.validate(command)).containsExactly(
                new Violation("title", "is required and must be 3 to 200 characters"),
                new Violation("problem", "is required: say what problem the idea solves"),
                new Violation("submitter", "is required: " + IDENTIFIER),
                new Violation("team", "is required: " + IDENTIFIER),
                new Violation("impact", "must be one of 0.25, 0.5, 1, 2, 3"));
    }

    @Test
    void somethingOtherThanAnObjectIsReportedAsTheData() {
        assertThat(SUBMIT_IDEA.validate(CloudEventCodec.json().readTree("[1, 2]")))
                .extracting(Violation::field).containsExactly(SchemaValidator.ROOT_FIELD);
        assertThat(SUBMIT_IDEA.validate(null)).extracting(Violation::field).containsExactly(SchemaValidator.ROOT_FIELD);
    }

    @Test
    void unknownFieldsAreAccepted() {
        ObjectNode command = valid();
        command.put("someFutureField", "value");
        command.withObject("costEstimate").put("note", "rough");
        assertThat(SUBMIT_IDEA.read(command)).isEqualTo(new Checked.Valid<>(SamplePayloads.SUBMIT_IDEA));
    }

    static ObjectNode valid() {
        return CloudEventCodec.json().valueToTree(SamplePayloads.SUBMIT_IDEA);
    }

    private static Arguments broken(String property, String value, String field, String message) {
        return Arguments.of(property, value.length() > 60 ? value.substring(0, 60) + "…" : value, field, message, value);
    }

    private static String json(String text) {
        return CloudEventCodec.json().writeValueAsString(text);
    }

    private static String list(int size, String element) {
        return "[" + String.join(",", java.util.Collections.nCopies(size, element)) + "]";
    }
}
