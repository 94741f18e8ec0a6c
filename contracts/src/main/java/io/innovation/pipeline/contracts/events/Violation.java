package io.innovation.pipeline.contracts.events;

/** One reason a command was refused: the field (a JSON path such as {@code costEstimate.amount}, or a header) and why. */
public record Violation(String field, String message) {
}
