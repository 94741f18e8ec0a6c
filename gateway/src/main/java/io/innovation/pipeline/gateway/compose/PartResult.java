package io.innovation.pipeline.gateway.compose;

import tools.jackson.databind.JsonNode;

/** What one back-end answered when asked about an idea. */
public sealed interface PartResult {

    /** The back-end has data; its JSON document is passed on as is, fields unknown to the gateway included. */
    record Present(JsonNode body) implements PartResult {}

    /** The back-end answered 404: it has no data for the idea yet. Not a failure. */
    record Absent() implements PartResult {}

    /**
     * The back-end failed, timed out or could not be reached. {@code cause} follows the service's name in a
     * sentence shown to clients ("could not be reached"), so it names no internal address.
     */
    record Unavailable(String cause) implements PartResult {}

    static JsonNode bodyOf(PartResult result) {
        return result instanceof Present present ? present.body() : null;
    }
}
