package io.innovation.pipeline.idea.domain;

import java.time.Instant;

/**
 * A comment on an idea. A deleted comment stays as a tombstone (text gone) so that its id is never given again.
 *
 * @param editedAt when its author last changed the text; null if never
 */
public record Comment(String id, String author, Instant at, String text, Instant editedAt, boolean deleted) {

    Comment edited(String newText, Instant when) {
        return new Comment(id, author, at, newText, when, false);
    }

    Comment removed() {
        return new Comment(id, author, at, null, editedAt, true);
    }
}
