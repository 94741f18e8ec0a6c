package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: a duplicate was merged into another idea; nothing changes it any more, and its budget and roadmap place are
 * to be released as for a withdrawal. Its voters move to the target ({@link IdeaVotersAbsorbed} follows there).
 * Written by idea-service to {@code innovation.ideas.v1}, keyed by the duplicate's id.
 */
public record IdeaMerged(String ideaId, long version, String team, String mergedInto, List<String> voters, String commandId,
                         Instant mergedAt, String actor) {

    public IdeaMerged {
        voters = voters == null ? List.of() : List.copyOf(voters);
    }
}
