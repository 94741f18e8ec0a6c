package io.innovation.pipeline.idea.domain;

/** Where an idea stands in idea-service: open to edits, votes and comments, or closed for good. */
public enum IdeaStatus {
    OPEN,
    /** Withdrawn by its submitter or an admin: read-only from then on. */
    WITHDRAWN,
    /** Folded into another idea (a duplicate): read-only from then on. */
    MERGED
}
