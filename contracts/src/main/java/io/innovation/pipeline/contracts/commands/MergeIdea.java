package io.innovation.pipeline.contracts.commands;

/**
 * Command: a reviewer or an admin merges a duplicate (the key) into another idea. Keyed by the duplicate's id,
 * CloudEvent type {@value io.innovation.pipeline.contracts.EventTypes#MERGE_IDEA}.
 *
 * @param into the id of the idea the duplicate is merged into
 */
public record MergeIdea(String into) {
}
