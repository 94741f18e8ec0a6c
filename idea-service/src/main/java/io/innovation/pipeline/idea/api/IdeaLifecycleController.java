package io.innovation.pipeline.idea.api;

import io.innovation.pipeline.idea.domain.Actor;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.domain.Comment;
import io.innovation.pipeline.idea.domain.IdeaLifecycle;
import io.innovation.pipeline.idea.domain.IdeaLifecycle.Decision;
import io.innovation.pipeline.idea.domain.IdeaRules;
import io.innovation.pipeline.idea.domain.IdeaState;
import io.innovation.pipeline.idea.stream.IdeaOutcomes.Outcome;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.ConflictException;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import io.innovation.pipeline.platform.web.NotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An idea's life after submission: edit (with {@code If-Match}), withdraw, vote, comment. Each request is decided first
 * by {@link IdeaLifecycle} against the stored idea, for an exact answer (400, 403, 404, 409, 412) without a round trip;
 * what passes is sent as a command and the answer waits for the event that decides it, as a submission does. The
 * caller is always the user the gateway names, never the body.
 */
@RestController
@RequestMapping("/ideas/{id}")
class IdeaLifecycleController {
    private final InteractiveQueries queries;
    private final HttpCommands commands;

    IdeaLifecycleController(InteractiveQueries queries, HttpCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The whole editable content, as for a submission; {@code If-Match} carries the version it was made on. */
    @PutMapping
    ResponseEntity<Object> update(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                  @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                  @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Caller caller = caller(user, roles);
        IdeaState state = find(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "An edit names the version it was made on: send If-Match with the ETag of GET /ideas/" + id);
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("body", "must be a JSON object describing the idea")));
        }
        // the submitter never changes; the body's is ignored
        ObjectNode idea = ((ObjectNode) body).deepCopy();
        idea.put("submitter", state.idea().submitter());
        ObjectNode command = CloudEventCodec.json().createObjectNode();
        command.put("expectedVersion", expectedVersion(ifMatch, state));
        command.set("idea", idea);
        return ideaAnswer(execute(state, EventTypes.UPDATE_IDEA, command, caller, UUID.randomUUID().toString()));
    }

    /** Body: {@code {"reason": "..."}}. */
    @PostMapping("/withdrawal")
    ResponseEntity<Object> withdraw(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                    @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                    @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Caller caller = caller(user, roles);
        return ideaAnswer(execute(find(id), EventTypes.WITHDRAW_IDEA, object(body), caller, UUID.randomUUID().toString()));
    }

    /** One vote per person: voting again changes nothing. */
    @PutMapping("/vote")
    ResponseEntity<Object> vote(@PathVariable String id, @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        return changeVote(id, EventTypes.VOTE_FOR_IDEA, caller(user, roles));
    }

    @DeleteMapping("/vote")
    ResponseEntity<Object> withdrawVote(@PathVariable String id,
                                        @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                        @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        return changeVote(id, EventTypes.WITHDRAW_VOTE, caller(user, roles));
    }

    /** A vote or its withdrawal: commands without data, the voter being the caller. */
    private ResponseEntity<Object> changeVote(String id, String type, Caller caller) throws InterruptedException {
        return ideaAnswer(execute(find(id), type, CloudEventCodec.json().createObjectNode(), caller, UUID.randomUUID().toString()));
    }

    /**
     * Body: {@code {"into": "<target id>"}}; a reviewer or an admin. The duplicate becomes MERGED; its voters move to the
     * target (each person once) moments later, on the target's partition.
     */
    @PostMapping("/merge")
    ResponseEntity<Object> merge(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                 @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                 @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Caller caller = caller(user, roles);
        IdeaState duplicate = find(id);
        ObjectNode command = object(body);
        JsonNode into = command.path("into");
        // the target lives on its own partition: checked here, where every idea can be read
        if (into.isString() && IdeaRules.isUuid(into.asString()) && !into.asString().equalsIgnoreCase(id)) {
            IdeaState target = queries.get(IdeaTopology.IDEAS_STORE, into.asString(), IdeaState.class)
                    .orElseThrow(() -> new NotFoundException("No idea with id " + into.asString() + " to merge into"));
            if (!target.open()) {
                throw new ConflictException("The idea " + target.ideaId() + " is " + target.status().name().toLowerCase()
                        + ": merge into an open idea");
            }
        }
        return ideaAnswer(execute(duplicate, EventTypes.MERGE_IDEA, command, caller, UUID.randomUUID().toString()));
    }

    /** The comments not deleted, oldest first. */
    @GetMapping("/comments")
    List<CommentView> comments(@PathVariable String id) {
        return find(id).visibleComments().stream().map(CommentView::of).toList();
    }

    /**
     * Body: {@code {"text": "..."}}. With an {@code Idempotency-Key} the comment's id derives from it, so a retry adds
     * the comment once.
     */
    @PostMapping("/comments")
    ResponseEntity<Object> addComment(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                      @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                      @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Caller caller = caller(user, roles);
        String commentId = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("comment:" + id + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode command = object(body);
        command.put("commentId", commentId);
        Result result = execute(find(id), EventTypes.ADD_COMMENT, command, caller, UUID.randomUUID().toString());
        Optional<CommentView> comment = comment(result.state(), commentId);
        if (result.pending() || comment.isEmpty()) {
            return accepted(id);
        }
        return (result.changed() ? ResponseEntity.created(URI.create("/ideas/" + id + "/comments/" + commentId)) : ResponseEntity.ok())
                .body(comment.get());
    }

    /** Body: {@code {"text": "..."}}; authors edit their own comments. */
    @PutMapping("/comments/{commentId}")
    ResponseEntity<Object> editComment(@PathVariable String id, @PathVariable String commentId,
                                       @RequestBody(required = false) JsonNode body,
                                       @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                       @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Caller caller = caller(user, roles);
        ObjectNode command = object(body);
        command.put("commentId", commentId);
        Result result = execute(find(id), EventTypes.EDIT_COMMENT, command, caller, UUID.randomUUID().toString());
        Optional<CommentView> comment = comment(result.state(), commentId);
        return result.pending() || comment.isEmpty() ? accepted(id) : ResponseEntity.ok().body(comment.get());
    }

    /** Authors delete their own comments; an admin deletes any. */
    @DeleteMapping("/comments/{commentId}")
    ResponseEntity<Object> deleteComment(@PathVariable String id, @PathVariable String commentId,
                                         @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                         @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Caller caller = caller(user, roles);
        ObjectNode command = CloudEventCodec.json().createObjectNode();
        command.put("commentId", commentId);
        Result result = execute(find(id), EventTypes.DELETE_COMMENT, command, caller, UUID.randomUUID().toString());
        return result.pending() ? accepted(id) : ResponseEntity.noContent().build();
    }

    /**
     * What became of a command: {@code state} the idea afterwards; {@code changed} false when it changed nothing
     * (a second vote); {@code pending} when its outcome was not known in time.
     */
    private record Result(IdeaState state, boolean changed, boolean pending) {
    }

    /** Decides here first, then sends what passes and waits for the outcome. */
    private Result execute(IdeaState state, String type, JsonNode command, Caller caller, String commandId) throws InterruptedException {
        Decision decision = IdeaLifecycle.decide(state, IdeaLifecycle.schema(type).read(command),
                new IdeaLifecycle.Context(state.ideaId(), new Actor(caller.user(), caller.roles()), commandId, commands.now()));
        if (decision instanceof Decision.Refused refused) {
            throw refusal(refused, type);
        }
        if (decision instanceof Decision.Unchanged unchanged) {
            return new Result(unchanged.state(), false, false);
        }
        Optional<Outcome> outcome = commands.sendAndAwait(commandId, state.ideaId(), commandId,
                CloudEventCodec.json().treeToValue(command, IdeaLifecycle.COMMANDS.get(type)), Optional.of(caller));
        if (outcome.isEmpty()) {
            return new Result(state, false, true);
        }
        if (outcome.get() instanceof Outcome.Rejected rejected) {
            // refused by the processor although it passed here: something changed the idea at the same moment
            List<Violation> violations = rejected.rejection().violations();
            String reasons = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
            if (violations.stream().anyMatch(v -> v.field().equals("expectedVersion"))) {
                throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, reasons);
            }
            throw new ConflictException(reasons);
        }
        return new Result(find(state.ideaId()), true, false);
    }

    private ResponseEntity<Object> ideaAnswer(Result result) {
        if (result.pending()) {
            return accepted(result.state().ideaId());
        }
        return ResponseEntity.ok().eTag(IdeaController.etag(result.state().version())).body(IdeaView.of(result.state()));
    }

    private static ResponseEntity<Object> accepted(String id) {
        URI location = URI.create("/ideas/" + id);
        return ResponseEntity.accepted().location(location).body(new IdeaController.Accepted(id, "ACCEPTED",
                "The change was accepted and will be visible at " + location + " shortly"));
    }

    private static RuntimeException refusal(Decision.Refused refused, String type) {
        String reasons = refused.violations().stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return switch (refused.refusal()) {
            case INVALID -> new InvalidRequestException(EventTypes.UPDATE_IDEA.equals(type) ? asBodyFields(refused.violations())
                    : refused.violations());
            case NOT_FOUND -> new NotFoundException(reasons);
            case FORBIDDEN -> new ResponseStatusException(HttpStatus.FORBIDDEN, reasons);
            case STALE_VERSION -> new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, reasons);
            case CONFLICT -> new ConflictException(reasons);
        };
    }

    /** An edit's body is the idea itself: its fields are named without the command's {@code idea.} prefix. */
    private static List<Violation> asBodyFields(List<Violation> violations) {
        return violations.stream().map(v -> v.field().startsWith("idea.") ? new Violation(v.field().substring(5), v.message()) : v).toList();
    }

    /** The version an {@code If-Match} names: {@code "3"} (an ETag of this API), or {@code *} for whatever is current. */
    private static long expectedVersion(String ifMatch, IdeaState state) {
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return state.version();
        }
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
        try {
            long version = Long.parseLong(tag);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new InvalidRequestException(List.of(new Violation("If-Match", "must be one ETag of this idea, such as \"3\"")));
    }

    private static Caller caller(String user, String roles) {
        return Caller.from(user, roles).orElseThrow(Caller::missing);
    }

    private static ObjectNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("body", "must be a JSON object")));
        }
        return ((ObjectNode) body).deepCopy();
    }

    private IdeaState find(String id) {
        if (!IdeaRules.isUuid(id)) {
            throw new NotFoundException("No idea with id " + id);
        }
        return queries.get(IdeaTopology.IDEAS_STORE, id, IdeaState.class).orElseThrow(() -> new NotFoundException("No idea with id " + id));
    }

    private static Optional<CommentView> comment(IdeaState state, String commentId) {
        return state.visibleComments().stream().filter(c -> c.id().equals(commentId)).findFirst().map(CommentView::of);
    }

    /** A comment as the API shows it. */
    record CommentView(String id, String author, Instant at, String text, Instant editedAt) {
        static CommentView of(Comment comment) {
            return new CommentView(comment.id(), comment.author(), comment.at(), comment.text(), comment.editedAt());
        }
    }
}
