package io.innovation.pipeline.contracts.commands;

/**
 * Command: the submitter (or an admin) withdraws an idea that no longer matters. Keyed by the idea id, CloudEvent type
 * {@value io.innovation.pipeline.contracts.EventTypes#WITHDRAW_IDEA}.
 *
 * @param reason why, for the people who evaluated or planned it
 */
public record WithdrawIdea(String reason) {
}
