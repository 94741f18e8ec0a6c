package io.innovation.pipeline.idea.domain;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The intake rules that the published schema ({@code SubmitIdea.schema.json}) cannot state, because they involve the
 * record key, which is not part of the payload: the key is the idea's id and must be a UUID, and an idea cannot depend
 * on itself. Every rule on the payload alone is in the schema (docs/INTEGRATION.md lists both).
 */
public final class IdeaRules {

    private IdeaRules() {
    }

    /** The id's own rule. */
    public static List<Violation> validateKey(String ideaId) {
        return isUuid(ideaId) ? List.of() : List.of(new Violation("ideaId", "the idea id (the record key) must be a UUID"));
    }

    /** The rules between the id and an idea that passed the schema. */
    public static List<Violation> validateAgainstKey(String ideaId, SubmitIdea idea) {
        List<Violation> violations = new ArrayList<>();
        if (ideaId != null && idea.dependsOn().stream().anyMatch(ideaId::equalsIgnoreCase)) {
            violations.add(new Violation("dependsOn", "an idea cannot depend on itself"));
        }
        return violations;
    }

    public static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
