package io.innovation.pipeline.idea.stream;

import static io.innovation.pipeline.platform.testing.TopologyTests.event;
import static io.innovation.pipeline.platform.testing.TopologyTests.payloads;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipe;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipeRaw;
import static io.innovation.pipeline.platform.testing.TopologyTests.records;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdeaTopologyTest {
    static final String HTTP_SOURCE = "/idea-service/http";
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

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
                .isEqualTo(new IdeaSubmitted(ID, 1, "kafka", "cmd-1", AT, SampleIdeas.VALID));
        assertThat(driver.getKeyValueStore(IdeaTopology.IDEAS_STORE).get(ID)).isNotNull();
        assertThat(meters.counter("innovation.ideas.submitted", "channel", "kafka").count()).isEqualTo(1.0);
    }

    @Test
    void commandsFromTheHttpApiAreMarkedAsHttpChannel() {
        pipe(commands, ID, new CloudEventCodec(HTTP_SOURCE).event("cmd-1", ID, SampleIdeas.VALID, AT), AT);
        assertThat(payloads(ideas, IdeaSubmitted.class)).extracting(IdeaSubmitted::channel).containsExactly("http");
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

    private static String header(TestRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
