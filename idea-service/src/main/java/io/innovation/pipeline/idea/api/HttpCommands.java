package io.innovation.pipeline.idea.api;

import io.innovation.pipeline.platform.web.Caller;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.idea.config.IdeaServiceProperties;
import io.innovation.pipeline.idea.stream.IdeaOutcomes;
import io.innovation.pipeline.idea.stream.IdeaOutcomes.Outcome;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.platform.web.ServiceNotReadyException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends an HTTP request's command to {@code innovation.idea-commands.v1} (the stream processor stays the only writer)
 * and waits, bounded and on a future ({@link IdeaOutcomes}), for the event that decides it.
 */
@Component
class HttpCommands {
    private final KafkaTemplate<String, byte[]> kafka;
    private final IdeaOutcomes outcomes;
    private final CloudEventCodec httpCodec;
    private final IdeaServiceProperties properties;
    private final Clock clock;

    HttpCommands(KafkaTemplate<String, byte[]> kafka, IdeaOutcomes outcomes, @Qualifier("httpCommandCodec") CloudEventCodec httpCodec,
                 IdeaServiceProperties properties, Clock clock) {
        this.kafka = kafka;
        this.outcomes = outcomes;
        this.httpCodec = httpCodec;
        this.properties = properties;
        this.clock = clock;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /**
     * Sends the command and waits for its outcome, expected under {@code waitKey} (see {@link IdeaOutcomes#expect}).
     * Empty when it is not known within the command timeout: the command may still be processed, so the answer is then
     * 202, never an error that invites a retry.
     */
    Optional<Outcome> sendAndAwait(String waitKey, String ideaId, String commandId, Object command, Optional<Caller> caller)
            throws InterruptedException {
        CompletableFuture<Outcome> outcome = outcomes.expect(waitKey);
        try {
            return send(ideaId, commandId, command, caller) ? await(outcome) : Optional.empty();
        } finally {
            outcomes.forget(waitKey);
        }
    }

    /** False when Kafka did not confirm in time. */
    private boolean send(String ideaId, String commandId, Object payload, Optional<Caller> caller) {
        CloudEvent command = httpCodec.event(commandId, ideaId, payload, now());
        if (caller.isPresent()) {
            CloudEventBuilder named = CloudEventBuilder.v1(command).withExtension(IdeaTopology.ACTOR_EXTENSION, caller.get().user());
            if (!caller.get().roles().isEmpty()) {
                named.withExtension(IdeaTopology.ROLES_EXTENSION, String.join(",", new TreeSet<>(caller.get().roles())));
            }
            command = named.build();
        }
        CloudEventCodec.KafkaPayload record = CloudEventCodec.toKafka(command);
        try {
            kafka.send(new ProducerRecord<>(Topic.IDEA_COMMANDS.topicName(), null, ideaId, record.value(), record.headers()))
                    .get(properties.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new ServiceNotReadyException("Kafka did not take the command: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Optional<Outcome> await(CompletableFuture<Outcome> outcome) throws InterruptedException {
        try {
            return Optional.of(outcome.get(properties.commandTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
