package io.innovation.pipeline.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every public record serialises to JSON that its published JSON Schema accepts, and schema and record agree on fields. */
class JsonSchemaContractTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<Object> samples() {
        return SamplePayloads.all().stream();
    }

    static Stream<Class<?>> payloadTypes() {
        return EventTypes.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleValidatesAgainstItsSchema(Object sample) {
        JsonNode json = CloudEventCodec.json().valueToTree(sample);
        assertThat(schemaFor(sample.getClass()).validate(json)).as(json.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloadTypes")
    void schemaDescribesExactlyTheRecordComponents(Class<?> type) {
        JsonNode schema = schemaJson(type);
        Set<String> properties = new HashSet<>(schema.get("properties").propertyNames());
        Set<String> components = new HashSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        assertThat(properties).isEqualTo(components);
        assertThat(schema.get("title").asString()).isEqualTo(type.getSimpleName());
    }

    @Test
    void schemaRejectsAnInvalidCommand() {
        ObjectNode json = CloudEventCodec.json().valueToTree(SamplePayloads.SUBMIT_IDEA);
        json.put("title", "x");
        json.put("impact", 7);
        json.remove("team");
        assertThat(schemaFor(SubmitIdea.class).validate(json))
                .extracting(error -> error.toString())
                .anySatisfy(m -> assertThat(m).contains("title"))
                .anySatisfy(m -> assertThat(m).contains("impact"))
                .anySatisfy(m -> assertThat(m).contains("team"));
        assertThat(SchemaValidator.of(SubmitIdea.class).validate(json)).extracting(Violation::field)
                .containsExactly("title", "team", "impact");
    }

    /** IdeaSubmitted carries the command as accepted: its copy of the command's schema is the command's schema. */
    @Test
    void theIdeaInIdeaSubmittedIsDescribedByTheSubmitIdeaSchema() {
        ObjectNode command = (ObjectNode) schemaJson(SubmitIdea.class).deepCopy();
        for (String header : List.of("$schema", "$id", "title", "description", "$comment")) {
            command.remove(header);
        }
        assertThat(schemaJson(IdeaSubmitted.class).get("$defs").get("SubmitIdea")).isEqualTo(command);
    }

    @Test
    void unknownFieldsAreAcceptedByReadersAndSchemas() {
        ObjectNode json = CloudEventCodec.json().valueToTree(SamplePayloads.SUBMIT_IDEA);
        json.put("someFutureField", "value");
        assertThat(schemaFor(SubmitIdea.class).validate(json)).isEmpty();
        assertThat(CloudEventCodec.json().treeToValue(json, SubmitIdea.class)).isEqualTo(SamplePayloads.SUBMIT_IDEA);
    }

    /** An edit carries the whole content by the rules of SubmitIdea: their copies of its schema are its schema. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(classes = {io.innovation.pipeline.contracts.commands.UpdateIdea.class,
            io.innovation.pipeline.contracts.events.IdeaUpdated.class})
    void theIdeaInAnEditIsDescribedByTheSubmitIdeaSchema(Class<?> type) {
        assertThat(schemaJson(type).get("$defs").get("SubmitIdea")).isEqualTo(schemaJson(IdeaSubmitted.class).get("$defs").get("SubmitIdea"));
    }

    private static Schema schemaFor(Class<?> type) {
        return REGISTRY.getSchema(schemaJson(type));
    }

    private static JsonNode schemaJson(Class<?> type) {
        String path = "/schemas/" + type.getSimpleName() + ".schema.json";
        try (InputStream in = JsonSchemaContractTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return CloudEventCodec.json().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
