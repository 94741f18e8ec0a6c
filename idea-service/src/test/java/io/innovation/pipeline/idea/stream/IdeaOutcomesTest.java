package io.innovation.pipeline.idea.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.domain.SampleIdeas;
import io.innovation.pipeline.idea.stream.IdeaOutcomes.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class IdeaOutcomesTest {
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    final CloudEventCodec ideaService = new CloudEventCodec("/idea-service");
    final IdeaOutcomes outcomes = new IdeaOutcomes();

    @Test
    void theSubmissionOfAnAwaitedIdeaCompletesEveryWaitForIt() {
        CompletableFuture<Outcome> first = outcomes.expect(ID);
        CompletableFuture<Outcome> retry = outcomes.expect(ID);
        IdeaSubmitted submitted = new IdeaSubmitted(ID, 1, "http", "c-1", AT, SampleIdeas.VALID);

        outcomes.onRecord(record(Topic.IDEAS, ID, ideaService.event("e-1", ID, submitted, AT)));

        assertThat(first).isCompletedWithValue(new Outcome.Submitted(submitted));
        assertThat(retry).isSameAs(first);
    }

    @Test
    void aRejectionOfAnIdeaCommandCompletesItsWaitAndOtherTopicsRejectionsDoNot() {
        CompletableFuture<Outcome> waiting = outcomes.expect(ID);
        CommandRejected elsewhere = new CommandRejected("c-0", "innovation.roadmap.pin.v1", Topic.ROADMAP_COMMANDS.topicName(), ID,
                List.of(new Violation("period", "unknown")), AT);
        outcomes.onRecord(record(Topic.COMMAND_REJECTIONS, "c-0", ideaService.event("e-0", ID, elsewhere, AT)));
        assertThat(waiting).isNotDone();

        CommandRejected rejected = new CommandRejected("c-1", "innovation.idea.submit.v1", Topic.IDEA_COMMANDS.topicName(), ID,
                List.of(new Violation("ideaId", "exists already with other content")), AT);
        outcomes.onRecord(record(Topic.COMMAND_REJECTIONS, "c-1", ideaService.event("e-1", ID, rejected, AT)));
        assertThat(waiting).isCompletedWithValue(new Outcome.Rejected(rejected));
    }

    @Test
    void unreadableRecordsAndForgottenIdeasAreSkipped() {
        CompletableFuture<Outcome> forgotten = outcomes.expect(ID);
        outcomes.forget(ID);
        CompletableFuture<Outcome> other = outcomes.expect("other");

        outcomes.onRecord(new ConsumerRecord<>(Topic.IDEAS.topicName(), 0, 0, ID, "garbage".getBytes(StandardCharsets.UTF_8)));
        outcomes.onRecord(record(Topic.IDEAS, ID, ideaService.event("e-1", ID,
                new IdeaSubmitted(ID, 1, "http", "c-1", AT, SampleIdeas.VALID), AT)));

        assertThat(forgotten).isNotDone();
        assertThat(other).isNotDone();
    }

    private static ConsumerRecord<String, byte[]> record(Topic topic, String key, io.cloudevents.CloudEvent event) {
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(event);
        return new ConsumerRecord<>(topic.topicName(), 0, 0L, AT.toEpochMilli(), TimestampType.CREATE_TIME,
                -1, -1, key, payload.value(), payload.headers(), java.util.Optional.empty());
    }
}
