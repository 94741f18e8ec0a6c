package io.innovation.pipeline.contracts.events;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import java.time.Instant;

/** Event: an idea was accepted into the pipeline. Written by idea-service to {@code innovation.ideas.v1}. */
public record IdeaSubmitted(
        String ideaId,
        long version,
        String channel,
        String commandId,
        Instant submittedAt,
        SubmitIdea idea,
        String actor) {

    /** Without an actor (events written before they carried one, and writers that name none): the submitter, as before events carried their actor. */
    public IdeaSubmitted(String ideaId, long version, String channel, String commandId, Instant submittedAt, SubmitIdea idea) {
        this(ideaId, version, channel, commandId, submittedAt, idea, idea == null ? null : idea.submitter());
    }
}
