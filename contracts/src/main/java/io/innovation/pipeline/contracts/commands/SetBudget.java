package io.innovation.pipeline.contracts.commands;

/**
 * Command: set a theme's budget envelope for one period (a quarter, {@code 2027-Q1}). On
 * {@code innovation.evaluation-commands.v1}, keyed by the theme id. An envelope cannot be set below what is
 * already reserved from it, nor change its currency while anything is reserved.
 */
public record SetBudget(String themeId, String period, Money amount) {
}
