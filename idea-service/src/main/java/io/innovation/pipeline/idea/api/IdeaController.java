package io.innovation.pipeline.idea.api;

import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.config.IdeaServiceProperties;
import io.innovation.pipeline.idea.domain.IdeaIntake;
import io.innovation.pipeline.idea.domain.IdeaState;
import io.innovation.pipeline.idea.stream.IdeaOutcomes.Outcome;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.platform.web.ConflictException;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import io.innovation.pipeline.platform.web.NotFoundException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HTTP intake. A submission is checked here for a fast answer, by the same rules (published schema first) as a
 * command from Kafka ({@link IdeaIntake#check}), then sent as a command to
 * {@code innovation.idea-commands.v1}; the stream processor stays the only writer. The answer waits
 * (bounded, on a future, no polling) for the event that decides the command ({@link HttpCommands}). Every answer
 * with an idea carries its version as {@code ETag}, for the {@code If-Match} of an edit.
 */
@RestController
@RequestMapping("/ideas")
class IdeaController {
    private final InteractiveQueries queries;
    private final HttpCommands commands;
    private final IdeaServiceProperties properties;

    IdeaController(InteractiveQueries queries, HttpCommands commands, IdeaServiceProperties properties) {
        this.queries = queries;
        this.commands = commands;
        this.properties = properties;
    }

    @PostMapping
    ResponseEntity<Object> submit(@RequestBody(required = false) JsonNode body,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                  @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                  @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Optional<Caller> caller = Caller.from(user, roles);
        if (caller.isEmpty() && properties.callerRequired()) {
            throw Caller.missing();
        }
        String ideaId = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : IdeaIntake.idFromIdempotencyKey(idempotencyKey);
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("body", "must be a JSON object describing the idea")));
        }
        // the submitter is the caller, never the body's (unless an admin submits on someone's behalf)
        if (caller.isPresent()) {
            JsonNode named = body.get("submitter");
            ObjectNode command = ((ObjectNode) body).deepCopy();
            command.put("submitter", IdeaIntake.submitterFor(caller.get().user(), caller.get().admin(),
                    named != null && named.isString() ? named.asString() : null));
            body = command;
        }
        Checked<SubmitIdea> checked = IdeaIntake.check(ideaId, IdeaIntake.SCHEMA.read(body));
        if (checked instanceof Checked.Invalid<SubmitIdea> invalid) {
            throw new InvalidRequestException(invalid.violations());
        }
        SubmitIdea idea = ((Checked.Valid<SubmitIdea>) checked).value();
        // only a key the client chose can name an idea that exists: a fresh random id needs no look-up
        Optional<IdeaState> existing = idempotencyKey == null || idempotencyKey.isBlank() ? Optional.empty() : find(ideaId);
        if (existing.isPresent()) {
            return replay(existing.get(), idea);
        }
        String commandId = UUID.randomUUID().toString();
        URI location = URI.create("/ideas/" + ideaId);
        Optional<Outcome> decided = commands.sendAndAwait(ideaId, ideaId, commandId, idea, caller);
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
                ? ResponseEntity.created(location).eTag(etag(stored.version())).body(IdeaView.of(IdeaState.submitted(stored)))
                : replay(IdeaState.submitted(stored), idea);
    }

    @GetMapping("/{id}")
    ResponseEntity<IdeaView> get(@PathVariable String id) {
        IdeaState idea = find(id).orElseThrow(() -> new NotFoundException("No idea with id " + id));
        return ResponseEntity.ok().eTag(etag(idea.version())).body(IdeaView.of(idea));
    }

    @GetMapping
    List<IdeaView> list() {
        return queries.all(IdeaTopology.IDEAS_STORE, IdeaState.class).stream()
                .sorted(Comparator.comparing(IdeaState::submittedAt).thenComparing(IdeaState::ideaId))
                .map(IdeaView::of)
                .toList();
    }

    /** An idea's version as an entity tag: what an edit's {@code If-Match} names. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A retried request with the same Idempotency-Key: the same answer, or 409 if the content differs. */
    private ResponseEntity<Object> replay(IdeaState existing, SubmitIdea idea) {
        if (!existing.idea().equals(idea)) {
            throw new ConflictException("The Idempotency-Key was used before for an idea with other content (id " + existing.ideaId() + ")");
        }
        return ResponseEntity.ok().location(URI.create("/ideas/" + existing.ideaId())).eTag(etag(existing.version()))
                .body(IdeaView.of(existing));
    }

    private Optional<IdeaState> find(String ideaId) {
        return queries.get(IdeaTopology.IDEAS_STORE, ideaId, IdeaState.class);
    }

    record Accepted(String id, String status, String detail) {
    }
}
