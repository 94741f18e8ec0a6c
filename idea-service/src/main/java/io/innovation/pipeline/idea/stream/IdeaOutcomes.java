package io.innovation.pipeline.idea.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What became of the commands this instance sent, learned from the topics the processor writes (read_committed,
 * by every instance, whichever instance processed the command): an HTTP request waits on a future instead of
 * polling the store. Waits are keyed by idea id, so two requests for the same idea (a retry with the same
 * Idempotency-Key) both see the one event that decides it.
 */
public final class IdeaOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(IdeaOutcomes.class);

    /** The event that decided a command about an idea. */
    public sealed interface Outcome {
        record Submitted(IdeaSubmitted event) implements Outcome {
        }

        record Rejected(CommandRejected rejection) implements Outcome {
        }
    }

    private final Map<String, CompletableFuture<Outcome>> waiting = new ConcurrentHashMap<>();

    /** Call before sending the command, so its outcome cannot slip past; {@link #forget} when done waiting. */
    public CompletableFuture<Outcome> expect(String ideaId) {
        return waiting.computeIfAbsent(ideaId, id -> new CompletableFuture<>());
    }

    public void forget(String ideaId) {
        waiting.remove(ideaId);
    }

    /** One record of {@code innovation.ideas.v1} or {@code innovation.command-rejections.v1}. */
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            CloudEvent event = CloudEventCodec.fromKafka(record.headers(), record.value());
            if (EventTypes.IDEA_SUBMITTED.equals(event.getType())) {
                IdeaSubmitted submitted = CloudEventCodec.data(event, IdeaSubmitted.class);
                complete(submitted.ideaId(), new Outcome.Submitted(submitted));
            } else if (EventTypes.COMMAND_REJECTED.equals(event.getType())) {
                CommandRejected rejected = CloudEventCodec.data(event, CommandRejected.class);
                if (Topic.IDEA_COMMANDS.topicName().equals(rejected.topic()) && rejected.subject() != null) {
                    complete(rejected.subject(), new Outcome.Rejected(rejected));
                }
            }
        } catch (RuntimeException e) {
            // not ours to judge: the topic's own consumers dead-letter what they cannot read
            LOG.debug("Skipped a record of {} that is not a readable event: {}", record.topic(), e.toString());
        }
    }

    private void complete(String ideaId, Outcome outcome) {
        CompletableFuture<Outcome> future = waiting.get(ideaId);
        if (future != null) {
            future.complete(outcome);
        }
    }
}
