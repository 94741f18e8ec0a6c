package io.innovation.pipeline.gateway.view;

import static io.innovation.pipeline.gateway.view.ViewSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view's topology as the binder builds it: the same function bean body, applied to a pattern stream. */
class ViewTopologyTest {

    static final CloudEventCodec ideaService = new CloudEventCodec("/idea-service");
    static final CloudEventCodec evaluationService = new CloudEventCodec("/evaluation-service");
    static final CloudEventCodec roadmapService = new CloudEventCodec("/roadmap-service");

    @TempDir
    Path stateDir;

    final PipelineView view = new PipelineView();
    final AtomicInteger skipped = new AtomicInteger();

    TopologyTestDriver driver(PipelineView target) {
        StreamsBuilder builder = new StreamsBuilder();
        ViewTopology.function(target, false, skipped::incrementAndGet).accept(builder.stream(
                Pattern.compile(ViewSource.destinationPattern()), Consumed.with(Serdes.String(), Serdes.ByteArray())));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, ViewSource.applicationId("test"));
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(builder.build(), config);
    }

    @Test
    void foldsTheThreeTopicsIntoTheViewAndTheStore() {
        try (TopologyTestDriver driver = driver(view)) {
            TestInputTopic<String, byte[]> ideas = input(driver, Topic.IDEAS);
            TestInputTopic<String, byte[]> evaluations = input(driver, Topic.EVALUATIONS);
            TestInputTopic<String, byte[]> roadmap = input(driver, Topic.ROADMAP);

            ideas.pipeInput(record("a", ideaService.event("a", ViewSamples.submitted("a", "Dark mode", "web", "alice",
                    List.of("ux"), List.of("mobile"), "1000", 3, T0), T0)));
            ideas.pipeInput(record("b", ideaService.event("b", ViewSamples.submitted("b", "SSO", "identity", "bob",
                    List.of("risk"), List.of(), "5000", 8, T0), T0)));
            evaluations.pipeInput(record("a", evaluationService.event("a", ViewSamples.assessed("a", "web", 75, T0.plusSeconds(10)), T0)));
            evaluations.pipeInput(record("a", evaluationService.event("a",
                    ViewSamples.decided("a", "web", DecisionOutcome.APPROVED, 75, 3, T0.plusSeconds(20)), T0)));
            roadmap.pipeInput(record("a", roadmapService.event("a",
                    ViewSamples.scheduled("a", "web", 75, 3, "2026-Q3", T0.plusSeconds(30)), T0)));
            ideas.pipeInput(record("a", ideaService.event("a", ViewSamples.voted("a", 1, "bob", T0.plusSeconds(31)), T0)));
            ideas.pipeInput(record("a", ideaService.event("a", ViewSamples.commented("a", "c1", T0.plusSeconds(32)), T0)));
            ideas.pipeInput(record("b", ideaService.event("b", new IdeaMerged("b", 1, "identity", "a", List.of("carol"), "m",
                    T0.plusSeconds(33), "erin"), T0)));
            ideas.pipeInput(record("a", ideaService.event("a", new IdeaVotersAbsorbed("a", "b", 2, "abs", T0.plusSeconds(34),
                    "erin"), T0)));

            assertThat(view.size()).isEqualTo(2);
            IdeaSummary a = view.get("a");
            assertThat(a.status()).isEqualTo(PipelineStatus.SCHEDULED);
            assertThat(a.title()).isEqualTo("Dark mode");
            assertThat(a.priority()).isEqualTo(75.0);
            assertThat(a.startPeriod()).isEqualTo("2026-Q3");
            assertThat(a.votes()).isEqualTo(2);
            assertThat(a.commentCount()).isEqualTo(1);
            assertThat(view.get("b").status()).isEqualTo(PipelineStatus.MERGED);
            assertThat(view.get("b").mergedInto()).isEqualTo("a");
            assertThat(view.count(PipelineStatus.MERGED)).isEqualTo(1);
            KeyValueStore<String, byte[]> store = driver.getKeyValueStore(ViewTopology.STORE);
            assertThat(ViewTopology.read(store.get("a"))).usingRecursiveComparison().isEqualTo(a);
            assertThat(skipped).hasValue(0);
        }
    }

    @Test
    void skipsWhatItCannotReadAndGoesOn() {
        try (TopologyTestDriver driver = driver(view)) {
            TestInputTopic<String, byte[]> ideas = input(driver, Topic.IDEAS);
            ideas.pipeInput("x", "not a CloudEvent".getBytes(StandardCharsets.UTF_8));
            ideas.pipeInput("x", (byte[]) null);
            ideas.pipeInput(record("x", CloudEventBuilder.v1().withId("1").withSource(URI.create("/elsewhere"))
                    .withType("com.example.other").withSubject("x").build()));
            ideas.pipeInput(record("x", CloudEventBuilder.v1(ideaService.event("x", ViewSamples.submitted("x", "t", "web", "a",
                    List.of(), List.of(), null, 1, T0), T0)).withData("application/json", "{\"ideaId\":".getBytes(StandardCharsets.UTF_8)).build()));
            ideas.pipeInput(record("y", ideaService.event("y", ViewSamples.submitted("y", "t", "web", "a", List.of(), List.of(), null, 1, T0), T0)));

            assertThat(skipped).hasValue(4);
            assertThat(view.size()).isEqualTo(1);
            assertThat(view.get("y")).isNotNull();
        }
    }

    @Test
    void otherTopicsAreNotRead() {
        try (TopologyTestDriver driver = driver(view)) {
            TestInputTopic<String, byte[]> commands = input(driver, Topic.IDEA_COMMANDS);
            commands.pipeInput(record("a", ideaService.event("a", ViewSamples.submitted("a", "t", "web", "a", List.of(), List.of(),
                    null, 1, T0), T0)));
        } catch (IllegalArgumentException unknownTopic) {
            // the driver refuses a topic that no source reads: what this test wants to show
        }
        assertThat(view.size()).isZero();
    }

    @Test
    void aRestartedTaskLoadsItsStoreIntoTheView() {
        // a store kept between two drivers stands in for one restored from its changelog
        PipelineView first = new PipelineView();
        try (TopologyTestDriver driver = driver(first)) {
            input(driver, Topic.IDEAS).pipeInput(record("a", ideaService.event("a", ViewSamples.submitted("a", "t", "web", "a",
                    List.of(), List.of(), null, 1, T0), T0)));
            KeyValueStore<String, byte[]> store = driver.getKeyValueStore(ViewTopology.STORE);
            PipelineView second = new PipelineView();
            assertThat(second.running()).isFalse();
            assertThat(first.running()).isTrue();
            assertThat(ViewTopology.read(store.get("a")).title()).isEqualTo("t");
        }
    }

    static TestInputTopic<String, byte[]> input(TopologyTestDriver driver, Topic topic) {
        return driver.createInputTopic(topic.topicName(), new StringSerializer(), new ByteArraySerializer());
    }

    static TestRecord<String, byte[]> record(String key, CloudEvent event) {
        CloudEventCodec.KafkaPayload kafka = CloudEventCodec.toKafka(event);
        return new TestRecord<>(key, kafka.value(), new RecordHeaders(kafka.headers().toArray()), T0);
    }
}
