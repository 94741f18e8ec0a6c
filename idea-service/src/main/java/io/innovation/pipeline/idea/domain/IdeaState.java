package io.innovation.pipeline.idea.domain;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The idea aggregate as idea-service keeps it. The first seven fields are those of {@link IdeaSubmitted}, under the
 * same names, so ideas stored before the lifecycle existed read as open ideas without votes or comments.
 *
 * @param version       the content version: one more per accepted edit (votes and comments leave it alone, so an edit
 *                      is not made stale by a vote)
 * @param idea          the current content
 * @param mergedInto    the idea this one was merged into, when {@link IdeaStatus#MERGED}
 * @param voters        who voted, each once
 * @param comments      in the order they were added, deleted ones as tombstones
 * @param lastCommandId the last command that changed the idea: the same command delivered again changes nothing
 */
public record IdeaState(
        String ideaId,
        long version,
        String channel,
        String commandId,
        Instant submittedAt,
        SubmitIdea idea,
        String actor,
        IdeaStatus status,
        String mergedInto,
        Set<String> voters,
        List<Comment> comments,
        Instant updatedAt,
        String lastCommandId) {

    public IdeaState {
        status = status == null ? IdeaStatus.OPEN : status;
        voters = voters == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(voters));
        comments = comments == null ? List.of() : List.copyOf(comments);
        updatedAt = updatedAt == null ? submittedAt : updatedAt;
        lastCommandId = lastCommandId == null ? commandId : lastCommandId;
    }

    public static IdeaState submitted(IdeaSubmitted event) {
        return new IdeaState(event.ideaId(), event.version(), event.channel(), event.commandId(), event.submittedAt(), event.idea(),
                event.actor(), IdeaStatus.OPEN, null, Set.of(), List.of(), event.submittedAt(), event.commandId());
    }

    /** The submission as it is now (the current content), for the intake's retry check. */
    public IdeaSubmitted asSubmitted() {
        return new IdeaSubmitted(ideaId, version, channel, commandId, submittedAt, idea, actor);
    }

    public boolean open() {
        return status == IdeaStatus.OPEN;
    }

    public long votes() {
        return voters.size();
    }

    /** Comments not deleted. */
    public List<Comment> visibleComments() {
        return comments.stream().filter(comment -> !comment.deleted()).toList();
    }

    IdeaState with(long newVersion, SubmitIdea newIdea, IdeaStatus newStatus, String newMergedInto, Set<String> newVoters,
                   List<Comment> newComments, Instant at, String byCommand) {
        return new IdeaState(ideaId, newVersion, channel, commandId, submittedAt, newIdea, actor, newStatus, newMergedInto, newVoters,
                newComments, at, byCommand);
    }
}
