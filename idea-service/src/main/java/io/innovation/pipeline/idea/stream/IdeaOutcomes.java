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
import tools.jackson.databind.JsonNode;

/**
 * What became of the commands this instance sent, learned from the topics the processor writes (read_committed,
 * by every instance, whichever instance processed the command): an HTTP request waits on a future instead of
 * polling the store. A submission waits under its idea id, so two requests for the same idea (a retry with the same
 * Idempotency-Key) both see the one event that decides it; every other command waits under its command id (the
 * CloudEvent id), which its event or rejection names, so concurrent commands about one idea (two votes) never take
 * each other's answer.
 */
public final class IdeaOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(IdeaOutcomes.class);

    /** The event that decided a command about an idea. */
    public sealed interface Outcome {
        record Submitted(IdeaSubmitted event) implements Outcome {
        }

        record Rejected(CommandRejected rejection) implements Outcome {
        }

        /** An event of the idea's later life (edit, withdrawal, vote, comment) of CloudEvent type {@code type}. */
        record Applied(String type, String ideaId) implements Outcome {
        }
    }

    private final Map<String, CompletableFuture<Outcome>> waiting = new ConcurrentHashMap<>();

    /**
     * Call before sending the command, so its outcome cannot slip past; {@link #forget} when done waiting.
     *
     * @param key the idea id for a submission, the command id for any other command
     */
    public CompletableFuture<Outcome> expect(String key) {
        return waiting.computeIfAbsent(key, id -> new CompletableFuture<>());
    }

    public void forget(String key) {
        waiting.remove(key);
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
                if (!Topic.IDEA_COMMANDS.topicName().equals(rejected.topic())) {
                    return;
                }
                if (EventTypes.SUBMIT_IDEA.equals(rejected.commandType())) {
                    if (rejected.subject() != null) {
                        complete(rejected.subject(), new Outcome.Rejected(rejected));
                    }
                } else if (rejected.commandId() != null) {
                    complete(rejected.commandId(), new Outcome.Rejected(rejected));
                }
            } else if (Topic.IDEAS.topicName().equals(record.topic())) {
                // every later event of an idea names the command that caused it
                JsonNode commandId = CloudEventCodec.dataTree(event).path("commandId");
                if (commandId.isString()) {
                    complete(commandId.asString(), new Outcome.Applied(event.getType(), record.key()));
                }
            }
        } catch (RuntimeException e) {
            // not ours to judge: the topic's own consumers dead-letter what they cannot read
            LOG.debug("Skipped a record of {} that is not a readable event: {}", record.topic(), e.toString());
        }
    }

    private void complete(String key, Outcome outcome) {
        CompletableFuture<Outcome> future = waiting.get(key);
        if (future != null) {
            future.complete(outcome);
        }
    }
}
