package io.innovation.pipeline.contracts.commands;

/**
 * Command: the command's actor takes back a vote (without a vote, nothing changes). Keyed by the idea id, CloudEvent
 * type {@value io.innovation.pipeline.contracts.EventTypes#WITHDRAW_VOTE}.
 */
public record WithdrawVote() {
}
