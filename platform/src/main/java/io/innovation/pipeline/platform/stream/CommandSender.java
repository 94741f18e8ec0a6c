package io.innovation.pipeline.platform.stream;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.platform.web.ConflictException;
import io.innovation.pipeline.platform.web.ServiceNotReadyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends an HTTP command to a service's command topic (the stream processor stays the only writer) and waits, bounded
 * and on a future, for the event it causes that decides it. The processor checks every command again: a refusal
 * there (a state rule, or a race with another command) is a 409 naming the violations.
 */
public final class CommandSender {
    /** The CloudEvent extension naming the person behind a command ({@code ce_actor} in Kafka). */
    public static final String ACTOR_EXTENSION = "actor";
    private final KafkaTemplate<String, byte[]> kafka;
    private final CommandOutcomes outcomes;
    private final CloudEventCodec httpCodec;
    private final Topic topic;
    private final Duration timeout;
    private final Clock clock;

    /**
     * @param httpCodec writes the commands (its source names the service's HTTP API)
     * @param topic     the command topic
     * @param timeout   how long to wait for Kafka to take the command, and again for its outcome
     */
    public CommandSender(KafkaTemplate<String, byte[]> kafka, CommandOutcomes outcomes, CloudEventCodec httpCodec, Topic topic,
                         Duration timeout, Clock clock) {
        this.kafka = kafka;
        this.outcomes = outcomes;
        this.httpCodec = httpCodec;
        this.topic = topic;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * @param key     the key of the command's aggregate (an idea id, a theme id, a team id)
     * @param decides which event caused by the command is its outcome
     * @return the deciding event; a rejection is thrown as 409
     */
    public CloudEvent send(String key, Object command, String actor, Predicate<CloudEvent> decides) throws InterruptedException {
        String commandId = UUID.randomUUID().toString();
        CloudEvent event = CloudEventBuilder.v1(httpCodec.event(commandId, key, command, Instant.now(clock)))
                .withExtension(ACTOR_EXTENSION, actor).build();
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(event);
        CompletableFuture<CloudEvent> outcome = outcomes.expect(commandId, decides);
        try {
            kafka.send(new ProducerRecord<>(topic.topicName(), null, key, payload.value(), payload.headers()))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Optional<CloudEvent> decided = CommandOutcomes.await(outcome, timeout);
            CloudEvent result = decided.orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The command " + commandId + " was sent but its outcome is not known yet; read it again shortly"));
            if (EventTypes.COMMAND_REJECTED.equals(result.getType())) {
                CommandRejected rejected = CloudEventCodec.data(result, CommandRejected.class);
                throw new ConflictException(rejected.violations().stream()
                        .map(violation -> violation.field() + " " + violation.message())
                        .collect(Collectors.joining("; ")));
            }
            return result;
        } catch (TimeoutException e) {
            throw new ServiceNotReadyException("Kafka did not confirm the command in time");
        } catch (ExecutionException e) {
            throw new ServiceNotReadyException("Kafka did not take the command: " + e.getCause().getMessage());
        } finally {
            outcomes.forget(commandId);
        }
    }
}
