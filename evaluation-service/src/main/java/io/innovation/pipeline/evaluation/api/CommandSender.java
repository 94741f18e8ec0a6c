package io.innovation.pipeline.evaluation.api;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.evaluation.config.EvaluationApiProperties;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.stream.CommandOutcomes;
import io.innovation.pipeline.platform.web.ConflictException;
import io.innovation.pipeline.platform.web.ServiceNotReadyException;
import java.time.Clock;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends an HTTP command to {@code innovation.evaluation-commands.v1} (the stream processor stays the only writer) and
 * waits, bounded and on a future, for the event it causes that decides it. The processor checks every command again:
 * a refusal there (a race with another command) is a 409.
 */
@Component
class CommandSender {
    private final KafkaTemplate<String, byte[]> kafka;
    private final CommandOutcomes outcomes;
    private final CloudEventCodec httpCodec;
    private final EvaluationApiProperties properties;
    private final Clock clock;

    CommandSender(KafkaTemplate<String, byte[]> kafka, CommandOutcomes outcomes, @Qualifier("httpCommandCodec") CloudEventCodec httpCodec,
                  EvaluationApiProperties properties, Clock clock) {
        this.kafka = kafka;
        this.outcomes = outcomes;
        this.httpCodec = httpCodec;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param key     the idea id or theme id the command is keyed by
     * @param decides which event caused by the command is its outcome
     * @return the deciding event; a rejection is thrown as 409
     */
    CloudEvent send(String key, Object command, String actor, Predicate<CloudEvent> decides) throws InterruptedException {
        String commandId = UUID.randomUUID().toString();
        CloudEvent event = CloudEventBuilder.v1(httpCodec.event(commandId, key, command, Instant.now(clock)))
                .withExtension(EvaluationTopology.ACTOR_EXTENSION, actor).build();
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(event);
        CompletableFuture<CloudEvent> outcome = outcomes.expect(commandId, decides);
        try {
            kafka.send(new ProducerRecord<>(Topic.EVALUATION_COMMANDS.topicName(), null, key, payload.value(), payload.headers()))
                    .get(properties.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
            Optional<CloudEvent> decided = CommandOutcomes.await(outcome, properties.commandTimeout());
            CloudEvent result = decided.orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The command " + commandId + " was sent but its outcome is not known yet; read the idea or theme again shortly"));
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
