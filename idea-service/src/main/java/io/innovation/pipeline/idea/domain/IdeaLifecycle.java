package io.innovation.pipeline.idea.domain;

import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.commands.AbsorbVoters;
import io.innovation.pipeline.contracts.commands.AddComment;
import io.innovation.pipeline.contracts.commands.DeleteComment;
import io.innovation.pipeline.contracts.commands.EditComment;
import io.innovation.pipeline.contracts.commands.MergeIdea;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.commands.UpdateIdea;
import io.innovation.pipeline.contracts.commands.VoteForIdea;
import io.innovation.pipeline.contracts.commands.WithdrawIdea;
import io.innovation.pipeline.contracts.commands.WithdrawVote;
import io.innovation.pipeline.contracts.events.CommentAdded;
import io.innovation.pipeline.contracts.events.CommentDeleted;
import io.innovation.pipeline.contracts.events.CommentEdited;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what a command of an open idea's life does: edit, withdraw, vote, comment. Pure: state in, decision out; the
 * stream processor (the only writer) and the HTTP API (for a fast, exact answer) both ask here.
 *
 * <p>The rules: a command about an idea that does not exist is refused; a withdrawn or merged idea only reads; the
 * submitter or an admin edits and withdraws; an edit names the version it was made on and is refused if the idea has
 * another; the submitter never changes; one vote per person (voting again, or taking back a vote one does not have,
 * changes nothing); comment authors edit and delete their own, an admin deletes any; the command that last changed the
 * idea, delivered again, changes nothing.
 */
public final class IdeaLifecycle {
    /** The fields of an idea whose change re-opens its evaluation: what its scores, gate and plan rest on. */
    public static final Set<String> EVALUATED_FIELDS = Set.of("team", "themes", "reach", "impact", "confidence", "effortWeeks",
            "costEstimate", "timeCriticality", "riskReduction", "dependsOn");

    /** The command types this class decides, each with the record its data is read as. */
    public static final Map<String, Class<?>> COMMANDS = Map.of(
            io.innovation.pipeline.contracts.EventTypes.UPDATE_IDEA, UpdateIdea.class,
            io.innovation.pipeline.contracts.EventTypes.WITHDRAW_IDEA, WithdrawIdea.class,
            io.innovation.pipeline.contracts.EventTypes.VOTE_FOR_IDEA, VoteForIdea.class,
            io.innovation.pipeline.contracts.EventTypes.WITHDRAW_VOTE, WithdrawVote.class,
            io.innovation.pipeline.contracts.EventTypes.ADD_COMMENT, AddComment.class,
            io.innovation.pipeline.contracts.EventTypes.EDIT_COMMENT, EditComment.class,
            io.innovation.pipeline.contracts.EventTypes.DELETE_COMMENT, DeleteComment.class,
            io.innovation.pipeline.contracts.EventTypes.MERGE_IDEA, MergeIdea.class,
            io.innovation.pipeline.contracts.EventTypes.ABSORB_VOTERS, AbsorbVoters.class);

    private IdeaLifecycle() {
    }

    /** Why a command was refused: the HTTP API answers with the matching status. */
    public enum Refusal {
        /** The command breaks its schema or a rule on its content. */
        INVALID,
        /** No such idea, or no such comment. */
        NOT_FOUND,
        /** The actor may not do this. */
        FORBIDDEN,
        /** The edit was made on another version than the idea's. */
        STALE_VERSION,
        /** The idea is withdrawn or merged, or a comment id is taken. */
        CONFLICT
    }

    /** What a command does. */
    public sealed interface Decision {
        /**
         * Publish {@code event}, store {@code next}, and send {@code absorb} (a merge: the target, on its own partition,
         * takes the duplicate's voters), if any.
         */
        record Accepted(IdeaState next, Object event, AbsorbVoters absorb) implements Decision {
            public Accepted(IdeaState next, Object event) {
                this(next, event, null);
            }
        }

        /** Nothing to do: a redelivery, a second vote, an edit that changes nothing. */
        record Unchanged(IdeaState state) implements Decision {
        }

        record Refused(Refusal refusal, List<Violation> violations) implements Decision {
            public Refused {
                violations = List.copyOf(violations);
            }
        }
    }

    /**
     * Who, which command and when.
     *
     * @param ideaId    the record key
     * @param commandId the CloudEvent id
     */
    public record Context(String ideaId, Actor actor, String commandId, Instant at) {
    }

    /** The published schema of a command type of {@link #COMMANDS}: callers read the command's JSON through it. */
    public static SchemaValidator<?> schema(String type) {
        return SchemaValidator.of(Objects.requireNonNull(COMMANDS.get(type), type));
    }

    /** A command as its {@link #schema} read it against the idea's state. */
    public static Decision decide(IdeaState state, Checked<?> read, Context context) {
        List<Violation> violations = new ArrayList<>(IdeaRules.validateKey(context.ideaId()));
        if (read instanceof Checked.Invalid<?> invalid) {
            violations.addAll(invalid.violations());
        }
        if (!violations.isEmpty()) {
            return new Decision.Refused(Refusal.INVALID, violations);
        }
        return decide(state, ((Checked.Valid<?>) read).value(), context);
    }

    /** A command that passed its schema against the idea's state ({@code null}: no such idea). */
    public static Decision decide(IdeaState state, Object command, Context context) {
        if (state == null) {
            return refused(Refusal.NOT_FOUND, "ideaId", "there is no idea with id " + context.ideaId());
        }
        if (context.commandId() != null && context.commandId().equals(state.lastCommandId())) {
            return new Decision.Unchanged(state);
        }
        if (!state.open()) {
            return refused(Refusal.CONFLICT, "status", "the idea is " + state.status().name().toLowerCase()
                    + (state.mergedInto() == null ? "" : " into " + state.mergedInto()) + "; it can only be read");
        }
        if (command instanceof UpdateIdea update) {
            return update(state, update, context);
        }
        if (command instanceof WithdrawIdea withdraw) {
            return withdraw(state, withdraw, context);
        }
        if (command instanceof VoteForIdea) {
            return vote(state, context);
        }
        if (command instanceof WithdrawVote) {
            return withdrawVote(state, context);
        }
        if (command instanceof AddComment add) {
            return addComment(state, add, context);
        }
        if (command instanceof EditComment edit) {
            return editComment(state, edit, context);
        }
        if (command instanceof DeleteComment delete) {
            return deleteComment(state, delete, context);
        }
        if (command instanceof MergeIdea merge) {
            return merge(state, merge, context);
        }
        if (command instanceof AbsorbVoters absorb) {
            return absorb(state, absorb, context);
        }
        throw new IllegalArgumentException("not a command of an idea's life: " + command);
    }

    /** Whether the actor may edit or withdraw the idea: its submitter, or an admin. */
    public static boolean mayChange(IdeaState state, Actor actor) {
        return actor.admin() || Objects.equals(actor.name(), state.idea().submitter());
    }

    private static Decision update(IdeaState state, UpdateIdea update, Context context) {
        if (!mayChange(state, context.actor())) {
            return forbidden(context, "edit");
        }
        if (update.expectedVersion() != state.version()) {
            return refused(Refusal.STALE_VERSION, "expectedVersion", "the idea is at version " + state.version()
                    + ", not " + update.expectedVersion() + ": read it again and edit that");
        }
        SubmitIdea idea = update.idea();
        List<Violation> violations = new ArrayList<>(IdeaRules.validateAgainstKey(context.ideaId(), idea));
        if (!Objects.equals(idea.submitter(), state.idea().submitter())) {
            violations.add(new Violation("idea.submitter", "cannot change: it stays " + state.idea().submitter()));
        }
        if (!violations.isEmpty()) {
            return new Decision.Refused(Refusal.INVALID, violations);
        }
        List<String> changed = changedFields(state.idea(), idea);
        if (changed.isEmpty()) {
            return new Decision.Unchanged(state);
        }
        long version = state.version() + 1;
        IdeaState next = state.with(version, idea, state.status(), state.mergedInto(), state.voters(), state.comments(), context.at(),
                context.commandId());
        boolean reopens = changed.stream().anyMatch(EVALUATED_FIELDS::contains);
        return new Decision.Accepted(next, new IdeaUpdated(state.ideaId(), version, idea.team(), idea, changed, reopens,
                context.commandId(), context.at(), context.actor().name()));
    }

    private static Decision withdraw(IdeaState state, WithdrawIdea withdraw, Context context) {
        if (!mayChange(state, context.actor())) {
            return forbidden(context, "withdraw");
        }
        IdeaState next = state.with(state.version(), state.idea(), IdeaStatus.WITHDRAWN, null, state.voters(), state.comments(),
                context.at(), context.commandId());
        return new Decision.Accepted(next, new IdeaWithdrawn(state.ideaId(), state.version(), state.idea().team(), withdraw.reason(),
                context.commandId(), context.at(), context.actor().name()));
    }

    private static Decision vote(IdeaState state, Context context) {
        return changeVoters(state, context, voters -> voters.add(context.actor().name()),
                next -> new IdeaVoted(state.ideaId(), next.votes(), context.commandId(), context.at(), context.actor().name()));
    }

    private static Decision withdrawVote(IdeaState state, Context context) {
        return changeVoters(state, context, voters -> voters.remove(context.actor().name()),
                next -> new IdeaVoteWithdrawn(state.ideaId(), next.votes(), context.commandId(), context.at(), context.actor().name()));
    }

    /** {@code change} says whether it changed the voters; if not, nothing happens (voting is idempotent). */
    private static Decision changeVoters(IdeaState state, Context context, Function<Set<String>, Boolean> change,
                                         Function<IdeaState, Object> event) {
        Set<String> voters = new HashSet<>(state.voters());
        if (!change.apply(voters)) {
            return new Decision.Unchanged(state);
        }
        IdeaState next = state.with(state.version(), state.idea(), state.status(), state.mergedInto(), voters, state.comments(),
                context.at(), context.commandId());
        return new Decision.Accepted(next, event.apply(next));
    }

    private static Decision addComment(IdeaState state, AddComment add, Context context) {
        Optional<Comment> existing = comment(state, add.commentId());
        if (existing.isPresent()) {
            Comment comment = existing.get();
            return comment.author().equals(context.actor().name()) && Objects.equals(comment.text(), add.text())
                    ? new Decision.Unchanged(state)
                    : refused(Refusal.CONFLICT, "commentId", "is the id of another comment; choose a new one");
        }
        List<Comment> comments = new ArrayList<>(state.comments());
        comments.add(new Comment(add.commentId(), context.actor().name(), context.at(), add.text(), null, false));
        return new Decision.Accepted(withComments(state, comments, context), new CommentAdded(state.ideaId(), add.commentId(), add.text(),
                context.commandId(), context.at(), context.actor().name()));
    }

    private static Decision editComment(IdeaState state, EditComment edit, Context context) {
        Optional<Comment> existing = comment(state, edit.commentId()).filter(comment -> !comment.deleted());
        if (existing.isEmpty()) {
            return refused(Refusal.NOT_FOUND, "commentId", "there is no comment " + edit.commentId() + " on this idea");
        }
        if (!existing.get().author().equals(context.actor().name())) {
            return refused(Refusal.FORBIDDEN, "actor", context.actor().name() + " may not edit a comment of "
                    + existing.get().author() + ": authors edit their own");
        }
        if (existing.get().text().equals(edit.text())) {
            return new Decision.Unchanged(state);
        }
        return new Decision.Accepted(withComments(state, replaced(state, existing.get().edited(edit.text(), context.at())), context),
                new CommentEdited(state.ideaId(), edit.commentId(), edit.text(), context.commandId(), context.at(), context.actor().name()));
    }

    private static Decision deleteComment(IdeaState state, DeleteComment delete, Context context) {
        Optional<Comment> existing = comment(state, delete.commentId());
        if (existing.isEmpty()) {
            return refused(Refusal.NOT_FOUND, "commentId", "there is no comment " + delete.commentId() + " on this idea");
        }
        if (!existing.get().author().equals(context.actor().name()) && !context.actor().admin()) {
            return refused(Refusal.FORBIDDEN, "actor", context.actor().name() + " may not delete a comment of "
                    + existing.get().author() + ": authors delete their own, an admin any");
        }
        if (existing.get().deleted()) {
            return new Decision.Unchanged(state);
        }
        return new Decision.Accepted(withComments(state, replaced(state, existing.get().removed()), context),
                new CommentDeleted(state.ideaId(), delete.commentId(), context.commandId(), context.at(), context.actor().name()));
    }

    /**
     * A reviewer or an admin merges the duplicate into another idea. Whether the target exists and is open is known
     * on the target's partition only: the HTTP API checks it beforehand, and the target refuses the voters if it is
     * gone by the time they arrive (the duplicate stays merged; docs/INTEGRATION.md).
     */
    private static Decision merge(IdeaState state, MergeIdea merge, Context context) {
        if (!context.actor().admin() && !context.actor().roles().contains(Actor.REVIEWER)) {
            return refused(Refusal.FORBIDDEN, "actor", context.actor().name() + " may not merge ideas: a reviewer or an admin may");
        }
        if (merge.into().equalsIgnoreCase(state.ideaId())) {
            return refused(Refusal.INVALID, "into", "an idea cannot be merged into itself");
        }
        IdeaState next = state.with(state.version(), state.idea(), IdeaStatus.MERGED, merge.into(), state.voters(), state.comments(),
                context.at(), context.commandId());
        List<String> voters = List.copyOf(state.voters());
        return new Decision.Accepted(next, new IdeaMerged(state.ideaId(), state.version(), state.idea().team(), merge.into(), voters,
                context.commandId(), context.at(), context.actor().name()), new AbsorbVoters(state.ideaId(), voters));
    }

    /** The target of a merge takes the duplicate's voters, each person once; idea-service sends this to itself. */
    private static Decision absorb(IdeaState state, AbsorbVoters absorb, Context context) {
        if (!context.actor().admin()) {
            return refused(Refusal.FORBIDDEN, "actor", "voters move only by a merge");
        }
        Set<String> voters = new HashSet<>(state.voters());
        if (!voters.addAll(absorb.voters())) {
            return new Decision.Unchanged(state);
        }
        IdeaState next = state.with(state.version(), state.idea(), state.status(), state.mergedInto(), voters, state.comments(),
                context.at(), context.commandId());
        return new Decision.Accepted(next, new IdeaVotersAbsorbed(state.ideaId(), absorb.fromIdeaId(), next.votes(), context.commandId(),
                context.at(), context.actor().name()));
    }

    /** The names of the fields whose values differ, in the order of the record. */
    public static List<String> changedFields(SubmitIdea before, SubmitIdea after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : SubmitIdea.class.getRecordComponents()) {
            if (!Objects.equals(value(component, before), value(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object value(RecordComponent component, SubmitIdea idea) {
        try {
            return component.getAccessor().invoke(idea);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Comment> comment(IdeaState state, String commentId) {
        return state.comments().stream().filter(comment -> comment.id().equals(commentId)).findFirst();
    }

    private static List<Comment> replaced(IdeaState state, Comment comment) {
        return state.comments().stream().map(c -> c.id().equals(comment.id()) ? comment : c).toList();
    }

    private static IdeaState withComments(IdeaState state, List<Comment> comments, Context context) {
        return state.with(state.version(), state.idea(), state.status(), state.mergedInto(), state.voters(), comments, context.at(),
                context.commandId());
    }

    private static Decision forbidden(Context context, String what) {
        return refused(Refusal.FORBIDDEN, "actor", context.actor().name() + " may not " + what
                + " this idea: only its submitter or an admin may");
    }

    private static Decision refused(Refusal refusal, String field, String message) {
        return new Decision.Refused(refusal, List.of(new Violation(field, message)));
    }
}
