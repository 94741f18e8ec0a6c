package io.innovation.pipeline.gateway.compose;

/** The fields of a back-end's answer without which the gateway cannot use that answer at all. */
final class Required {

    private Required() {}

    /** Fails with a message naming the back-end and the field, so that a renamed field is found at once. */
    static <T> T field(T value, String service, String field) {
        if (value == null) {
            throw new IllegalArgumentException(service + "'s answer lacks the required field '" + field + "'");
        }
        return value;
    }
}
