package io.innovation.pipeline.idea.domain;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Ideas used across the idea-service tests. */
public final class SampleIdeas {
    /** An idea the valid one depends on. */
    public static final String OTHER_ID = "6f1c2a4e-8d7b-4c1e-9a35-2b7f4c9d1e01";

    /** Complete and valid: every estimate given. */
    public static final SubmitIdea VALID = new SubmitIdea("Self-service password reset", "Support drowns in resets", "Reset by e-mail",
            "alice", "identity", List.of("customer-experience"), List.of("support"), 5000L, 2.0, 80, 6.0,
            new Money(new BigDecimal("30000"), "EUR"), 8, 5, List.of(OTHER_ID));

    /** An idea as the JSON of a command. */
    public static ObjectNode json(SubmitIdea idea) {
        return CloudEventCodec.json().valueToTree(idea);
    }

    /** JSON text as a tree. */
    public static JsonNode json(String text) {
        return CloudEventCodec.json().readTree(text);
    }

    private SampleIdeas() {
    }
}
