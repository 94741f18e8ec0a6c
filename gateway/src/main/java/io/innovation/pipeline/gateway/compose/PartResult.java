package io.innovation.pipeline.gateway.compose;

/** What one back-end answered when asked about an idea, read as {@code T}. */
public sealed interface PartResult<T> {

    /** The back-end has data; {@code body} is the gateway's tolerant reading of it. */
    record Present<T>(T body) implements PartResult<T> {}

    /** The back-end answered 404: it has no data for the idea yet. Not a failure. */
    record Absent<T>() implements PartResult<T> {}

    /**
     * The back-end failed, timed out, could not be reached, answered in a form the gateway cannot read, or is not
     * being called while its circuit breaker is open. {@code cause} follows the service's name in a sentence shown
     * to clients ("could not be reached"), so it names no internal address.
     */
    record Unavailable<T>(String cause) implements PartResult<T> {}

    static <T> T bodyOf(PartResult<T> result) {
        return result instanceof Present<T> present ? present.body() : null;
    }
}
