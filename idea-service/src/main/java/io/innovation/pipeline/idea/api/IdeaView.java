package io.innovation.pipeline.idea.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.idea.domain.IdeaState;
import io.innovation.pipeline.idea.domain.IdeaStatus;
import java.time.Instant;

/**
 * An idea as the HTTP API shows it: the submitted fields of DESIGN §3 at the top level, with id, version and times,
 * where it stands (status, the idea it was merged into), its vote count and how many comments it has.
 */
public record IdeaView(
        String id,
        long version,
        @JsonUnwrapped SubmitIdea idea,
        String channel,
        Instant createdAt,
        Instant updatedAt,
        String actor,
        IdeaStatus status,
        String mergedInto,
        long votes,
        long commentCount) {

    static IdeaView of(IdeaState state) {
        return new IdeaView(state.ideaId(), state.version(), state.idea(), state.channel(), state.submittedAt(), state.updatedAt(),
                state.actor(), state.status(), state.mergedInto(), state.votes(), state.visibleComments().size());
    }
}
