package io.innovation.pipeline.idea.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import java.time.Instant;

/** An idea as the HTTP API shows it: the submitted fields of DESIGN §3 at the top level, with id, version and times. */
public record IdeaView(
        String id,
        long version,
        @JsonUnwrapped SubmitIdea idea,
        String channel,
        Instant createdAt,
        Instant updatedAt,
        String actor) {

    static IdeaView of(IdeaSubmitted event) {
        return new IdeaView(event.ideaId(), event.version(), event.idea(), event.channel(), event.submittedAt(), event.submittedAt(),
                event.actor());
    }
}
