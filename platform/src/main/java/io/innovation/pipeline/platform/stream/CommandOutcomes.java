package io.innovation.pipeline.platform.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What became of the commands this instance sent, learned from the topics the processors write (read_committed, by
 * every instance, whichever instance processed the command): an HTTP request waits on a future completed by the
 * event that decides its command, instead of polling a store. Events name the command that caused them in the
 * {@value CloudEventProcessor#CAUSE_EXTENSION} extension ({@link CloudEventProcessor} sets it, also across a
 * service's internal topics), so a wait is keyed by the command's id and never mistakes another command's outcome
 * for its own. A {@code CommandRejected} caused by the command always decides it.
 */
public final class CommandOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(CommandOutcomes.class);

    private record Waiter(Predicate<CloudEvent> decides, CompletableFuture<CloudEvent> outcome) {
    }

    private final Map<String, Waiter> waiting = new ConcurrentHashMap<>();

    /**
     * Call before sending the command, so its outcome cannot slip past; {@link #forget} when done waiting.
     *
     * @param decides which of the events the command causes is its outcome (besides a rejection)
     */
    public CompletableFuture<CloudEvent> expect(String commandId, Predicate<CloudEvent> decides) {
        CompletableFuture<CloudEvent> outcome = new CompletableFuture<>();
        waiting.put(commandId, new Waiter(decides, outcome));
        return outcome;
    }

    public void forget(String commandId) {
        waiting.remove(commandId);
    }

    /** The outcome, or empty when it is not known within {@code timeout}. */
    public static Optional<CloudEvent> await(CompletableFuture<CloudEvent> outcome, Duration timeout) throws InterruptedException {
        try {
            return Optional.of(outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One record of a topic the service's processors write. */
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            CloudEvent event = CloudEventCodec.fromKafka(record.headers(), record.value());
            Object cause = event.getExtension(CloudEventProcessor.CAUSE_EXTENSION);
            Waiter waiter = cause == null ? null : waiting.get(cause.toString());
            if (waiter != null && (EventTypes.COMMAND_REJECTED.equals(event.getType()) || waiter.decides().test(event))) {
                waiter.outcome().complete(event);
            }
        } catch (RuntimeException e) {
            // not ours to judge: the topic's own consumers dead-letter what they cannot read
            LOG.debug("Skipped a record of {} that is not a readable event: {}", record.topic(), e.toString());
        }
    }
}
