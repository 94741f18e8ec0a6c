package io.innovation.pipeline.contracts.commands;

/**
 * Command: the command's actor votes for an idea (one vote per person; voting again changes nothing). Keyed by the
 * idea id, CloudEvent type {@value io.innovation.pipeline.contracts.EventTypes#VOTE_FOR_IDEA}.
 */
public record VoteForIdea() {
}
