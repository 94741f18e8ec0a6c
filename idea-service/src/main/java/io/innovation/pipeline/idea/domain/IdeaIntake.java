package io.innovation.pipeline.idea.domain;

import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Decides what a {@link SubmitIdea} command does to the idea aggregate. Pure: state in, outcome out.
 *
 * <p>A command is checked in this order, and every reason is reported at once: the record key ({@link IdeaRules}),
 * the JSON against the published {@code SubmitIdea.schema.json}, the rules between key and content
 * ({@link IdeaRules}); then the state rules: the same content again under an existing id is a retry, other content
 * under it is refused. HTTP and Kafka both come through here, so both say the same thing.
 */
public final class IdeaIntake {
    private IdeaIntake() {
    }

    /** What happened to a command. */
    public sealed interface Outcome {
        /** A new idea: publish the event and store it. */
        record Accepted(IdeaSubmitted event) implements Outcome {
        }

        /** The same command arrived again (a retry): nothing changes. */
        record Duplicate(IdeaSubmitted existing) implements Outcome {
        }

        record Rejected(List<Violation> violations) implements Outcome {
        }
    }

    /** The idea id a retried HTTP request keeps: derived from its {@code Idempotency-Key}. */
    public static String idFromIdempotencyKey(String idempotencyKey) {
        return UUID.nameUUIDFromBytes(("idea:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The published schema of the command: callers read the command's JSON through it. */
    public static final SchemaValidator<SubmitIdea> SCHEMA = SchemaValidator.of(SubmitIdea.class);

    /**
     * Every rule that does not need state: the key, the published schema ({@code read} is the command's JSON as
     * {@link #SCHEMA} read it), key against content.
     */
    public static Checked<SubmitIdea> check(String ideaId, Checked<SubmitIdea> read) {
        List<Violation> violations = new ArrayList<>(IdeaRules.validateKey(ideaId));
        if (read instanceof Checked.Invalid<SubmitIdea> invalid) {
            violations.addAll(invalid.violations());
            return new Checked.Invalid<>(violations);
        }
        violations.addAll(IdeaRules.validateAgainstKey(ideaId, ((Checked.Valid<SubmitIdea>) read).value()));
        return violations.isEmpty() ? read : new Checked.Invalid<>(violations);
    }

    /** The role that may submit on someone else's behalf. */
    public static final String ADMIN = "ADMIN";

    /**
     * Who an idea submitted over HTTP is recorded as submitted by: the caller, whatever the body says; only an
     * admin may name someone else in the body (and is then recorded as the event's actor).
     */
    public static String submitterFor(String caller, boolean admin, String bodySubmitter) {
        return admin && bodySubmitter != null && !bodySubmitter.isBlank() ? bodySubmitter : caller;
    }

    /** As {@link #submit(IdeaSubmitted, String, Checked, String, String, Instant, String)}, the submitter being the actor. */
    public static Outcome submit(IdeaSubmitted existing, String ideaId, Checked<SubmitIdea> read, String channel, String commandId,
                                 Instant at) {
        return submit(existing, ideaId, read, channel, commandId, at, null);
    }

    /**
     * The command ({@code read} through {@link #SCHEMA}) against the idea {@code existing} under {@code ideaId} (null if none).
     * {@code actor} is who sent it (null: the submitter).
     */
    public static Outcome submit(IdeaSubmitted existing, String ideaId, Checked<SubmitIdea> read, String channel, String commandId,
                                 Instant at, String actor) {
        Checked<SubmitIdea> checked = check(ideaId, read);
        if (checked instanceof Checked.Invalid<SubmitIdea> invalid) {
            return new Outcome.Rejected(invalid.violations());
        }
        SubmitIdea command = ((Checked.Valid<SubmitIdea>) checked).value();
        if (existing != null) {
            return existing.idea().equals(command)
                    ? new Outcome.Duplicate(existing)
                    : new Outcome.Rejected(List.of(new Violation("ideaId",
                            "an idea with id " + ideaId + " exists already with other content; submit with a new id")));
        }
        return new Outcome.Accepted(new IdeaSubmitted(ideaId, 1, channel, commandId, at, command,
                actor == null || actor.isBlank() ? command.submitter() : actor));
    }
}
