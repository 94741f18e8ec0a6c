package io.innovation.pipeline.idea.domain;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Decides what a {@link SubmitIdea} command does to the idea aggregate. Pure: state in, outcome out. */
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

    public static Outcome submit(IdeaSubmitted existing, String ideaId, SubmitIdea command, String channel, String commandId, Instant at) {
        List<Violation> violations = IdeaRules.validate(ideaId, command);
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        if (existing != null) {
            return existing.idea().equals(command)
                    ? new Outcome.Duplicate(existing)
                    : new Outcome.Rejected(List.of(new Violation("ideaId",
                            "an idea with id " + ideaId + " exists already with other content; submit with a new id")));
        }
        return new Outcome.Accepted(new IdeaSubmitted(ideaId, 1, channel, commandId, at, command));
    }
}
