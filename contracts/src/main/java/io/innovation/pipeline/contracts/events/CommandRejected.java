package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: a well-formed command was refused. Keyed by the command id (the CloudEvent id) on
 * {@code innovation.command-rejections.v1}.
 */
public record CommandRejected(
        String commandId,
        String commandType,
        String topic,
        String subject,
        List<Violation> violations,
        Instant rejectedAt,
        String actor) {

    public CommandRejected {
        violations = List.copyOf(violations);
    }

    /** Without an actor (events written before they carried one, and writers that name none): unknown. */
    public CommandRejected(String commandId, String commandType, String topic, String subject, List<Violation> violations, Instant rejectedAt) {
        this(commandId, commandType, topic, subject, violations, rejectedAt, null);
    }
}
