package io.innovation.pipeline.contracts.events;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import java.time.Instant;
import java.util.List;

/**
 * Event: an idea's content was edited. Written by idea-service to {@code innovation.ideas.v1}, keyed by the idea id.
 *
 * @param version            the new version (one more than before)
 * @param team               the owning team after the edit
 * @param idea               the whole content after the edit
 * @param changedFields      the names of the fields of {@code idea} that changed
 * @param reopensEvaluation  whether the edit touched what the evaluation rests on (estimates, themes, team,
 *                           dependencies): the idea is to be assessed again
 * @param commandId          the command that caused it
 */
public record IdeaUpdated(
        String ideaId,
        long version,
        String team,
        SubmitIdea idea,
        List<String> changedFields,
        boolean reopensEvaluation,
        String commandId,
        Instant updatedAt,
        String actor) {

    public IdeaUpdated {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
