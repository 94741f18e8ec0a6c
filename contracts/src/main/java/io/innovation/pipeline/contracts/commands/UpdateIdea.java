package io.innovation.pipeline.contracts.commands;

/**
 * Command: the submitter (or an admin) replaces the editable content of an idea. Produced to
 * {@code innovation.idea-commands.v1} keyed by the idea id, as CloudEvent type
 * {@value io.innovation.pipeline.contracts.EventTypes#UPDATE_IDEA}.
 *
 * @param expectedVersion the version the edit was made on; refused if the idea has moved on since (optimistic locking)
 * @param idea            the whole new content, by the rules of SubmitIdea; its submitter cannot change
 */
public record UpdateIdea(Long expectedVersion, SubmitIdea idea) {
}
