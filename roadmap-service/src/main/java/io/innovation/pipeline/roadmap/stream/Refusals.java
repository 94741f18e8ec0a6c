package io.innovation.pipeline.roadmap.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.platform.stream.CommandSender;
import java.time.Instant;
import java.util.List;

/** Planner commands refused, and who sent them. */
final class Refusals {

    private Refusals() {
    }

    static CommandRejected rejected(CloudEvent command, String subject, List<Violation> violations, Instant at) {
        return new CommandRejected(command.getId(), command.getType(), Topic.ROADMAP_COMMANDS.topicName(), subject, violations, at,
                actor(command));
    }

    /** The person behind a command, from the {@code actor} extension; null when it names none. */
    static String actor(CloudEvent command) {
        Object actor = command.getExtension(CommandSender.ACTOR_EXTENSION);
        return actor == null || actor.toString().isBlank() ? null : actor.toString();
    }
}
