package io.innovation.pipeline.idea.stream;

import static io.innovation.pipeline.platform.testing.TopologyTests.event;
import static io.innovation.pipeline.platform.testing.TopologyTests.payloads;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipe;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipeRaw;
import static io.innovation.pipeline.platform.testing.TopologyTests.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.testing.SchemaInstances;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.domain.SampleIdeas;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.testing.TopologyTests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class IdeaTopologyTest {
    static final String HTTP_SOURCE = "/idea-service/http";
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final long SEED = 7L;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CloudEventCodec outsider = new CloudEventCodec("/crm-system");
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> commands;
    TestOutputTopic<String, byte[]> ideas;
    TestOutputTopic<String, byte[]> rejections;
    TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        driver = TopologyTests.driver(IdeaTopology.FUNCTION, IdeaTopology.function(new CloudEventCodec("/idea-service"), HTTP_SOURCE, new PipelineMetrics(meters)));
        commands = TopologyTests.input(driver, Topic.IDEA_COMMANDS);
        ideas = TopologyTests.output(driver, Topic.IDEAS);
        rejections = TopologyTests.output(driver, Topic.COMMAND_REJECTIONS);
        deadLetters = TopologyTests.output(driver, Topic.IDEA_COMMANDS.deadLetterTopicName());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aValidCommandFromAnotherSystemBecomesAnIdeaOnTheIdeasTopic() {
        pipe(commands, ID, outsider.event("cmd-1", ID, SampleIdeas.VALID, AT), AT);

        List<TestRecord<String, byte[]>> out = records(ideas);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo(ID);
        var event = event(out.get(0));
        assertThat(event.getType()).isEqualTo(EventTypes.IDEA_SUBMITTED);
        assertThat(event.getSubject()).isEqualTo(ID);
        assertThat(CloudEventCodec.data(event, IdeaSubmitted.class))
                .isEqualTo(new IdeaSubmitted(ID, 1, "kafka", "cmd-1", AT, SampleIdeas.VALID, "/crm-system"));
        assertThat(driver.getKeyValueStore(IdeaTopology.IDEAS_STORE).get(ID)).isNotNull();
        assertThat(meters.counter("innovation.ideas.submitted", "channel", "kafka").count()).isEqualTo(1.0);
    }

    @Test
    void commandsFromTheHttpApiAreMarkedAsHttpChannel() {
        pipe(commands, ID, new CloudEventCodec(HTTP_SOURCE).event("cmd-1", ID, SampleIdeas.VALID, AT), AT);
        assertThat(payloads(ideas, IdeaSubmitted.class)).extracting(IdeaSubmitted::channel).containsExactly("http");
    }

    @Test
    void aCommandFromTheHttpApiCarriesItsCallerAsActorAndOneFromKafkaItsSource() {
        CloudEvent onBehalf = CloudEventBuilder.v1(new CloudEventCodec(HTTP_SOURCE).event("cmd-1", ID, SampleIdeas.VALID, AT))
                .withExtension(IdeaTopology.ACTOR_EXTENSION, "admin").build();
        pipe(commands, ID, onBehalf, AT);
        String other = UUID.randomUUID().toString();
        pipe(commands, other, outsider.event("cmd-2", other, SampleIdeas.VALID, AT), AT);

        assertThat(payloads(ideas, IdeaSubmitted.class))
                .extracting(IdeaSubmitted::actor, event -> event.idea().submitter())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", SampleIdeas.VALID.submitter()),
                        org.assertj.core.groups.Tuple.tuple("/crm-system", SampleIdeas.VALID.submitter()));
    }

    @Test
    void aRejectionNamesWhoSentTheCommand() {
        SubmitIdea bad = new SubmitIdea("x", "p", null, "alice", "identity", null, null, null, null, null, null, null, null, null, null);
        pipe(commands, ID, outsider.event("cmd-bad", ID, bad, AT), AT);
        assertThat(payloads(rejections, CommandRejected.class)).extracting(CommandRejected::actor).containsExactly("/crm-system");
    }

    @Test
    void anInvalidCommandIsRejectedWithEveryReason() {
        SubmitIdea bad = new SubmitIdea("x", "p", null, "alice", "identity", null, null, -5L, 9.0, null, null, null, null, null, null);
        pipe(commands, ID, outsider.event("cmd-bad", ID, bad, AT), AT);

        assertThat(records(ideas)).isEmpty();
        List<TestRecord<String, byte[]>> out = records(rejections);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo("cmd-bad");
        CommandRejected rejected = CloudEventCodec.data(event(out.get(0)), CommandRejected.class);
        assertThat(rejected.commandId()).isEqualTo("cmd-bad");
        assertThat(rejected.subject()).isEqualTo(ID);
        assertThat(rejected.violations()).extracting(Violation::field).containsExactly("title", "reach", "impact");
    }

    /** What the published schema accepts becomes an idea: 500 commands generated from the schema, sent as raw JSON. */
    @Test
    void everyCommandTheSchemaAcceptsBecomesAnIdea() {
        Random keys = new Random(SEED);
        List<String> ids = new ArrayList<>();
        List<SubmitIdea> expected = new ArrayList<>();
        for (JsonNode command : new SchemaInstances(SchemaInstances.schemaOf(SubmitIdea.class), SEED).take(500)) {
            String id = new UUID(keys.nextLong(), keys.nextLong()).toString();
            ids.add(id);
            expected.add(((Checked.Valid<SubmitIdea>) SchemaValidator.of(SubmitIdea.class).read(command)).value());
            pipe(commands, id, submitIdea("cmd-" + ids.size(), id, command), AT);
        }

        assertThat(payloads(rejections, CommandRejected.class)).isEmpty();
        List<IdeaSubmitted> out = payloads(ideas, IdeaSubmitted.class);
        assertThat(out).extracting(IdeaSubmitted::ideaId).containsExactlyElementsOf(ids);
        assertThat(out).extracting(IdeaSubmitted::idea).containsExactlyElementsOf(expected);
        assertThat(records(deadLetters)).isEmpty();
    }

    /** And what it refuses is rejected, naming the field: hand-picked commands, each broken in one place. */
    @Test
    void commandsTheSchemaRefusesAreRejectedNamingTheField() {
        Map<String, String> brokenToField = new LinkedHashMap<>();
        brokenToField.put("{\"title\": \"  ab \"}", "title");
        brokenToField.put("{\"problem\": \"   \"}", "problem");
        brokenToField.put("{\"team\": \"platform team\"}", "team");
        brokenToField.put("{\"tags\": [\"ok\", \"\"]}", "tags[1]");
        brokenToField.put("{\"reach\": 1e30}", "reach");
        brokenToField.put("{\"effortWeeks\": 521}", "effortWeeks");
        brokenToField.put("{\"costEstimate\": {\"amount\": 10}}", "costEstimate.currency");
        brokenToField.put("{\"riskReduction\": 4}", "riskReduction");
        brokenToField.put("{\"dependsOn\": [\"6f1c2a4e8d7b4c1e9a352b7f4c9d1e01\"]}", "dependsOn[0]");
        int n = 0;
        for (Map.Entry<String, String> broken : brokenToField.entrySet()) {
            ObjectNode command = SampleIdeas.json(SampleIdeas.VALID);
            command.setAll((ObjectNode) SampleIdeas.json(broken.getKey()));
            pipe(commands, ID, submitIdea("cmd-bad-" + n++, ID, command), AT);
        }

        assertThat(records(ideas)).isEmpty();
        assertThat(payloads(rejections, CommandRejected.class))
                .extracting(rejected -> rejected.violations().stream().map(Violation::field).toList())
                .containsExactlyElementsOf(brokenToField.values().stream().map(List::of).toList());
    }

    @Test
    void aCommandWithoutAUuidKeyOrOfUnknownTypeIsRejected() {
        pipe(commands, null, outsider.event("cmd-nokey", ID, SampleIdeas.VALID, AT), AT);
        var unknownType = io.cloudevents.core.builder.CloudEventBuilder.v1(outsider.event("cmd-type", ID, SampleIdeas.VALID, AT))
                .withType("innovation.idea.delete.v1").build();
        pipe(commands, ID, unknownType, AT);

        assertThat(payloads(rejections, CommandRejected.class))
                .extracting(r -> r.violations().get(0))
                .extracting(Violation::field)
                .containsExactly("ideaId", "ce_type");
        assertThat(records(ideas)).isEmpty();
    }

    @Test
    void garbageGoesToTheDeadLetterTopicAndTheNextGoodCommandIsProcessed() {
        pipeRaw(commands, ID, "{not a cloud event".getBytes(StandardCharsets.UTF_8), AT);
        pipe(commands, ID, outsider.event("cmd-1", ID, SampleIdeas.VALID, AT), AT);

        List<TestRecord<String, byte[]>> dead = records(deadLetters);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        assertThat(header(dead.get(0), CloudEventProcessor.SOURCE_TOPIC_HEADER)).isEqualTo(Topic.IDEA_COMMANDS.topicName());
        assertThat(header(dead.get(0), CloudEventProcessor.ERROR_MESSAGE_HEADER)).isNotBlank();
        assertThat(header(dead.get(0), CloudEventProcessor.SOURCE_OFFSET_HEADER)).isEqualTo("0");
        assertThat(payloads(ideas, IdeaSubmitted.class)).extracting(IdeaSubmitted::ideaId).containsExactly(ID);
        assertThat(meters.counter("innovation.dead.letters", "topic", Topic.IDEA_COMMANDS.topicName()).count()).isEqualTo(1.0);
    }

    @Test
    void aCloudEventWhoseDataIsNotJsonIsRejectedNotDeadLettered() {
        var notJson = io.cloudevents.core.builder.CloudEventBuilder.v1(outsider.event("cmd-x", ID, SampleIdeas.VALID, AT))
                .withData("application/json", "title=abc".getBytes(StandardCharsets.UTF_8)).build();
        pipe(commands, ID, notJson, AT);
        assertThat(payloads(rejections, CommandRejected.class)).extracting(r -> r.violations().get(0).field()).containsExactly("data");
        assertThat(records(deadLetters)).isEmpty();
    }

    @Test
    void aRetriedCommandDoesNotCreateASecondEvent() {
        pipe(commands, ID, outsider.event("cmd-1", ID, SampleIdeas.VALID, AT), AT);
        pipe(commands, ID, outsider.event("cmd-2", ID, SampleIdeas.VALID, AT), AT.plusSeconds(1));
        assertThat(records(ideas)).hasSize(1);
        assertThat(records(rejections)).isEmpty();
    }

    /** A SubmitIdea CloudEvent carrying {@code data} exactly as given. */
    private static CloudEvent submitIdea(String commandId, String ideaId, JsonNode data) {
        return CloudEventBuilder.v1().withId(commandId).withSource(URI.create("/crm-system")).withType(EventTypes.SUBMIT_IDEA)
                .withSubject(ideaId).withTime(AT.atOffset(ZoneOffset.UTC))
                .withData(CloudEventCodec.JSON, SchemaInstances.bytes(data)).build();
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
