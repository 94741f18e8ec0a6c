package io.innovation.pipeline.contracts.commands;

/**
 * Command: create or change a strategic theme. On {@code innovation.evaluation-commands.v1}, keyed by the theme
 * id. A change of weight re-scores the theme's open ideas; decided ideas keep their decision.
 *
 * @param weight 0..1: how much an idea on this theme counts in its alignment score
 * @param active an inactive theme counts as not in the strategy
 */
public record SetTheme(String themeId, String name, String description, double weight, boolean active) {
}
