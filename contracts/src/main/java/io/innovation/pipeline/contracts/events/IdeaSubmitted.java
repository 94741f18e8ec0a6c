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
        SubmitIdea idea) {
}
