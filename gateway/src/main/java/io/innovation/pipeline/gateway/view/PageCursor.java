package io.innovation.pipeline.gateway.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The position after the last idea of a page, in the sort it was listed in: that idea's sort value and id (ties on
 * the value are broken by id, so the position is exact). Clients see it as an opaque token.
 */
record PageCursor(IdeaQuery.Sort sort, boolean descending, Comparable<?> value, String id) {

    private static final String SEPARATOR = "~";

    String encode() {
        String text = String.join(SEPARATOR, sort.parameter(), descending ? "desc" : "asc",
                value == null ? "" : value.toString(), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in {@code cursor}, which must come from a list in the same sort and order. */
    static PageCursor decode(String cursor, IdeaQuery.Sort sort, boolean descending) {
        String[] fields;
        try {
            fields = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, 4);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (fields.length != 4 || fields[3].isEmpty()) {
            throw invalid();
        }
        if (!fields[0].equals(sort.parameter()) || !fields[1].equals(descending ? "desc" : "asc")) {
            throw new IllegalArgumentException("cursor belongs to a list sorted by " + fields[0] + " " + fields[1]
                    + ": ask with the same sort and order, or start again without it");
        }
        try {
            Comparable<?> value = fields[2].isEmpty() ? null : switch (sort) {
                case PRIORITY -> Double.valueOf(fields[2]);
                case VOTES -> Long.valueOf(fields[2]);
                case CREATED_AT, UPDATED_AT -> Instant.parse(fields[2]);
            };
            return new PageCursor(sort, descending, value, fields[3]);
        } catch (NumberFormatException | DateTimeParseException notAValue) {
            throw invalid();
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("cursor is not a nextCursor this gateway gave out");
    }
}
