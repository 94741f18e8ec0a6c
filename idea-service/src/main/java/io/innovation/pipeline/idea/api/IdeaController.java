package io.innovation.pipeline.idea.api;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.config.IdeaServiceProperties;
import io.innovation.pipeline.idea.domain.IdeaIntake;
import io.innovation.pipeline.idea.stream.IdeaOutcomes;
import io.innovation.pipeline.idea.stream.IdeaOutcomes.Outcome;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.platform.web.ConflictException;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import io.innovation.pipeline.platform.web.NotFoundException;
import io.innovation.pipeline.platform.web.ServiceNotReadyException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HTTP intake. A submission is checked here for a fast answer, by the same rules (published schema first) as a
 * command from Kafka ({@link IdeaIntake#check}), then sent as a command to
 * {@code innovation.idea-commands.v1}; the stream processor stays the only writer. The answer waits
 * (bounded, on a future, no polling) for the event that decides the command ({@link IdeaOutcomes}).
 */
@RestController
@RequestMapping("/ideas")
class IdeaController {
    private final KafkaTemplate<String, byte[]> kafka;
    private final InteractiveQueries queries;
    private final IdeaOutcomes outcomes;
    private final CloudEventCodec httpCodec;
    private final IdeaServiceProperties properties;
    private final Clock clock;

    IdeaController(KafkaTemplate<String, byte[]> kafka, InteractiveQueries queries, IdeaOutcomes outcomes,
                   @Qualifier("httpCommandCodec") CloudEventCodec httpCodec,
                   IdeaServiceProperties properties, Clock clock) {
        this.kafka = kafka;
        this.queries = queries;
        this.outcomes = outcomes;
        this.httpCodec = httpCodec;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Object> submit(@RequestBody(required = false) JsonNode body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                  @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                  @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Optional<Caller> caller = Caller.from(user, roles);
        if (caller.isEmpty() && properties.callerRequired()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "No caller: commands come through the gateway, which names the signed-in user (" + Caller.USER_HEADER + ")");
        }
        String ideaId = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : IdeaIntake.idFromIdempotencyKey(idempotencyKey);
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("body", "must be a JSON object describing the idea")));
        }
        // the submitter is the caller, never the body's (unless an admin submits on someone's behalf)
        String actor = null;
        if (caller.isPresent()) {
            JsonNode named = body.get("submitter");
            ObjectNode command = ((ObjectNode) body).deepCopy();
            command.put("submitter", IdeaIntake.submitterFor(caller.get().user(), caller.get().admin(),
                    named != null && named.isString() ? named.asString() : null));
            body = command;
            actor = caller.get().user();
        }
        Checked<SubmitIdea> checked = IdeaIntake.check(ideaId, IdeaIntake.SCHEMA.read(body));
        if (checked instanceof Checked.Invalid<SubmitIdea> invalid) {
            throw new InvalidRequestException(invalid.violations());
        }
        SubmitIdea idea = ((Checked.Valid<SubmitIdea>) checked).value();
        // only a key the client chose can name an idea that exists: a fresh random id needs no look-up
        Optional<IdeaSubmitted> existing = idempotencyKey == null || idempotencyKey.isBlank() ? Optional.empty() : find(ideaId);
        if (existing.isPresent()) {
            return replay(existing.get(), idea);
        }
        String commandId = UUID.randomUUID().toString();
        URI location = URI.create("/ideas/" + ideaId);
        CompletableFuture<Outcome> outcome = outcomes.expect(ideaId);
        try {
            Optional<Outcome> decided = send(ideaId, commandId, idea, actor) ? await(outcome) : Optional.empty();
            if (decided.isEmpty()) {
                return ResponseEntity.accepted().location(location).body(new Accepted(ideaId, "ACCEPTED",
                        "The idea was accepted and will be readable at " + location + " shortly"));
            }
            if (decided.get() instanceof Outcome.Rejected rejected) {
                throw new ConflictException(rejected.rejection().violations().stream()
                        .map(violation -> violation.field() + " " + violation.message())
                        .collect(Collectors.joining("; ")));
            }
            IdeaSubmitted stored = ((Outcome.Submitted) decided.get()).event();
            return commandId.equals(stored.commandId())
                    ? ResponseEntity.created(location).body(IdeaView.of(stored))
                    : replay(stored, idea);
        } finally {
            outcomes.forget(ideaId);
        }
    }

    @GetMapping("/{id}")
    IdeaView get(@PathVariable String id) {
        return find(id).map(IdeaView::of).orElseThrow(() -> new NotFoundException("No idea with id " + id));
    }

    @GetMapping
    List<IdeaView> list() {
        return queries.all(IdeaTopology.IDEAS_STORE, IdeaSubmitted.class).stream()
                .sorted(Comparator.comparing(IdeaSubmitted::submittedAt).thenComparing(IdeaSubmitted::ideaId))
                .map(IdeaView::of)
                .toList();
    }

    /** A retried request with the same Idempotency-Key: the same answer, or 409 if the content differs. */
    private ResponseEntity<Object> replay(IdeaSubmitted existing, SubmitIdea idea) {
        if (!existing.idea().equals(idea)) {
            throw new ConflictException("The Idempotency-Key was used before for an idea with other content (id " + existing.ideaId() + ")");
        }
        return ResponseEntity.ok().location(URI.create("/ideas/" + existing.ideaId())).body(IdeaView.of(existing));
    }

    /**
     * Sends the command. False when Kafka did not confirm in time: the command may still arrive, so the answer is
     * 202 with the idea's location (a retry with the same Idempotency-Key is safe), never an error that invites
     * a retry creating a second idea.
     */
    private boolean send(String ideaId, String commandId, SubmitIdea idea, String actor) {
        CloudEvent command = httpCodec.event(commandId, ideaId, idea, Instant.now(clock));
        if (actor != null) {
            command = CloudEventBuilder.v1(command).withExtension(IdeaTopology.ACTOR_EXTENSION, actor).build();
        }
        CloudEventCodec.KafkaPayload payload = CloudEventCodec.toKafka(command);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                Topic.IDEA_COMMANDS.topicName(), null, ideaId, payload.value(), payload.headers());
        try {
            kafka.send(record).get(properties.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
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

    /** The command's outcome, or empty when it is not known within the command timeout (then the answer is 202). */
    private Optional<Outcome> await(CompletableFuture<Outcome> outcome) throws InterruptedException {
        try {
            return Optional.of(outcome.get(properties.commandTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<IdeaSubmitted> find(String ideaId) {
        return queries.get(IdeaTopology.IDEAS_STORE, ideaId, IdeaSubmitted.class);
    }

    record Accepted(String id, String status, String detail) {
    }
}
