package io.innovation.pipeline.platform.web;

import io.innovation.pipeline.contracts.events.Violation;
import java.util.List;

/** The request is well-formed JSON but breaks rules: HTTP 400 naming every bad field. */
public class InvalidRequestException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
