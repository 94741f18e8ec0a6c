package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.contracts.events.Violation;
import java.util.List;

/**
 * Why a person's command about an idea or a theme is refused, and of which kind: {@code FORBIDDEN} (who asks may
 * not do it, e.g. review an own idea: 403 over HTTP), {@code INVALID} (the request itself is wrong, e.g. a decision
 * against the proposal without a rationale: 400), {@code CONFLICT} (not now, e.g. reviews still missing: 409),
 * {@code NOT_FOUND} (no such idea: 404).
 */
public record Refusal(Kind kind, List<Violation> violations) {

    public enum Kind {
        FORBIDDEN,
        INVALID,
        CONFLICT,
        NOT_FOUND
    }

    public Refusal {
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one reason");
        }
    }

    public static Refusal of(Kind kind, String field, String message) {
        return new Refusal(kind, List.of(new Violation(field, message)));
    }
}
