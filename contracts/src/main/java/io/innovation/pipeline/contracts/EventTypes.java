package io.innovation.pipeline.contracts;

import io.innovation.pipeline.contracts.commands.DecideIdea;
import io.innovation.pipeline.contracts.commands.ReviewIdea;
import io.innovation.pipeline.contracts.commands.SetBudget;
import io.innovation.pipeline.contracts.commands.SetTheme;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.ThemeSet;
import io.innovation.pipeline.contracts.commands.UpdateIdea;
import io.innovation.pipeline.contracts.commands.WithdrawIdea;
import io.innovation.pipeline.contracts.commands.VoteForIdea;
import io.innovation.pipeline.contracts.commands.WithdrawVote;
import io.innovation.pipeline.contracts.commands.AddComment;
import io.innovation.pipeline.contracts.commands.EditComment;
import io.innovation.pipeline.contracts.commands.DeleteComment;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.CommentAdded;
import io.innovation.pipeline.contracts.events.CommentEdited;
import io.innovation.pipeline.contracts.events.CommentDeleted;
import io.innovation.pipeline.contracts.commands.AbsorbVoters;
import io.innovation.pipeline.contracts.commands.MergeIdea;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed;
import io.innovation.pipeline.contracts.commands.SetCapacity;
import io.innovation.pipeline.contracts.commands.PinItem;
import io.innovation.pipeline.contracts.commands.UnpinItem;
import io.innovation.pipeline.contracts.commands.StartItem;
import io.innovation.pipeline.contracts.commands.DeliverItem;
import io.innovation.pipeline.contracts.events.CapacitySet;
import io.innovation.pipeline.contracts.events.ItemPinned;
import io.innovation.pipeline.contracts.events.ItemUnpinned;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import java.util.LinkedHashMap;
import java.util.Map;

/** CloudEvent {@code ce_type} of every public command and event, and the record each one carries. */
public final class EventTypes {
    public static final String SUBMIT_IDEA = "innovation.idea.submit.v1";
    public static final String IDEA_SUBMITTED = "innovation.idea.submitted.v1";
    public static final String IDEA_ASSESSED = "innovation.idea.assessed.v1";
    public static final String IDEA_DECIDED = "innovation.idea.decided.v1";
    public static final String REVIEW_IDEA = "innovation.idea.review.v1";
    public static final String DECIDE_IDEA = "innovation.idea.decide.v1";
    public static final String SET_THEME = "innovation.strategy.set-theme.v1";
    public static final String SET_BUDGET = "innovation.strategy.set-budget.v1";
    public static final String IDEA_REVIEWED = "innovation.idea.reviewed.v1";
    public static final String THEME_SET = "innovation.strategy.theme-set.v1";
    public static final String ITEM_SCHEDULED = "innovation.roadmap.item-scheduled.v1";
    public static final String ITEM_RESCHEDULED = "innovation.roadmap.item-rescheduled.v1";
    public static final String ITEM_BACKLOGGED = "innovation.roadmap.item-backlogged.v1";
    public static final String ITEM_REMOVED = "innovation.roadmap.item-removed.v1";
    public static final String COMMAND_REJECTED = "innovation.command.rejected.v1";
    // the idea lifecycle (issue 8): commands on innovation.idea-commands.v1, events on innovation.ideas.v1
    public static final String UPDATE_IDEA = "innovation.idea.update.v1";
    public static final String WITHDRAW_IDEA = "innovation.idea.withdraw.v1";
    public static final String VOTE_FOR_IDEA = "innovation.idea.vote.v1";
    public static final String WITHDRAW_VOTE = "innovation.idea.withdraw-vote.v1";
    public static final String ADD_COMMENT = "innovation.idea.add-comment.v1";
    public static final String EDIT_COMMENT = "innovation.idea.edit-comment.v1";
    public static final String DELETE_COMMENT = "innovation.idea.delete-comment.v1";
    public static final String IDEA_UPDATED = "innovation.idea.updated.v1";
    public static final String IDEA_WITHDRAWN = "innovation.idea.withdrawn.v1";
    public static final String IDEA_VOTED = "innovation.idea.voted.v1";
    public static final String IDEA_VOTE_WITHDRAWN = "innovation.idea.vote-withdrawn.v1";
    public static final String COMMENT_ADDED = "innovation.idea.comment-added.v1";
    public static final String COMMENT_EDITED = "innovation.idea.comment-edited.v1";
    public static final String COMMENT_DELETED = "innovation.idea.comment-deleted.v1";
    public static final String MERGE_IDEA = "innovation.idea.merge.v1";
    public static final String ABSORB_VOTERS = "innovation.idea.absorb-voters.v1";
    public static final String IDEA_MERGED = "innovation.idea.merged.v1";
    public static final String IDEA_VOTERS_ABSORBED = "innovation.idea.voters-absorbed.v1";

    // planners in the loop (issue 9): commands on innovation.roadmap-commands.v1, events on innovation.roadmap.v1
    public static final String SET_CAPACITY = "innovation.roadmap.set-capacity.v1";
    public static final String PIN_ITEM = "innovation.roadmap.pin-item.v1";
    public static final String UNPIN_ITEM = "innovation.roadmap.unpin-item.v1";
    public static final String START_ITEM = "innovation.roadmap.start-item.v1";
    public static final String DELIVER_ITEM = "innovation.roadmap.deliver-item.v1";
    public static final String CAPACITY_SET = "innovation.roadmap.capacity-set.v1";
    public static final String ITEM_PINNED = "innovation.roadmap.item-pinned.v1";
    public static final String ITEM_UNPINNED = "innovation.roadmap.item-unpinned.v1";
    public static final String ITEM_STARTED = "innovation.roadmap.item-started.v1";
    public static final String ITEM_DELIVERED = "innovation.roadmap.item-delivered.v1";

    private static final Map<Class<?>, String> TYPE_BY_CLASS = new LinkedHashMap<>();

    static {
        TYPE_BY_CLASS.put(SubmitIdea.class, SUBMIT_IDEA);
        TYPE_BY_CLASS.put(IdeaSubmitted.class, IDEA_SUBMITTED);
        TYPE_BY_CLASS.put(IdeaAssessed.class, IDEA_ASSESSED);
        TYPE_BY_CLASS.put(IdeaDecided.class, IDEA_DECIDED);
        TYPE_BY_CLASS.put(ReviewIdea.class, REVIEW_IDEA);
        TYPE_BY_CLASS.put(DecideIdea.class, DECIDE_IDEA);
        TYPE_BY_CLASS.put(SetTheme.class, SET_THEME);
        TYPE_BY_CLASS.put(SetBudget.class, SET_BUDGET);
        TYPE_BY_CLASS.put(IdeaReviewed.class, IDEA_REVIEWED);
        TYPE_BY_CLASS.put(ThemeSet.class, THEME_SET);
        TYPE_BY_CLASS.put(ItemScheduled.class, ITEM_SCHEDULED);
        TYPE_BY_CLASS.put(ItemRescheduled.class, ITEM_RESCHEDULED);
        TYPE_BY_CLASS.put(ItemBacklogged.class, ITEM_BACKLOGGED);
        TYPE_BY_CLASS.put(ItemRemoved.class, ITEM_REMOVED);
        TYPE_BY_CLASS.put(CommandRejected.class, COMMAND_REJECTED);
        TYPE_BY_CLASS.put(UpdateIdea.class, UPDATE_IDEA);
        TYPE_BY_CLASS.put(WithdrawIdea.class, WITHDRAW_IDEA);
        TYPE_BY_CLASS.put(VoteForIdea.class, VOTE_FOR_IDEA);
        TYPE_BY_CLASS.put(WithdrawVote.class, WITHDRAW_VOTE);
        TYPE_BY_CLASS.put(AddComment.class, ADD_COMMENT);
        TYPE_BY_CLASS.put(EditComment.class, EDIT_COMMENT);
        TYPE_BY_CLASS.put(DeleteComment.class, DELETE_COMMENT);
        TYPE_BY_CLASS.put(IdeaUpdated.class, IDEA_UPDATED);
        TYPE_BY_CLASS.put(IdeaWithdrawn.class, IDEA_WITHDRAWN);
        TYPE_BY_CLASS.put(IdeaVoted.class, IDEA_VOTED);
        TYPE_BY_CLASS.put(IdeaVoteWithdrawn.class, IDEA_VOTE_WITHDRAWN);
        TYPE_BY_CLASS.put(CommentAdded.class, COMMENT_ADDED);
        TYPE_BY_CLASS.put(CommentEdited.class, COMMENT_EDITED);
        TYPE_BY_CLASS.put(CommentDeleted.class, COMMENT_DELETED);
        TYPE_BY_CLASS.put(MergeIdea.class, MERGE_IDEA);
        TYPE_BY_CLASS.put(AbsorbVoters.class, ABSORB_VOTERS);
        TYPE_BY_CLASS.put(IdeaMerged.class, IDEA_MERGED);
        TYPE_BY_CLASS.put(IdeaVotersAbsorbed.class, IDEA_VOTERS_ABSORBED);
        TYPE_BY_CLASS.put(SetCapacity.class, SET_CAPACITY);
        TYPE_BY_CLASS.put(PinItem.class, PIN_ITEM);
        TYPE_BY_CLASS.put(UnpinItem.class, UNPIN_ITEM);
        TYPE_BY_CLASS.put(StartItem.class, START_ITEM);
        TYPE_BY_CLASS.put(DeliverItem.class, DELIVER_ITEM);
        TYPE_BY_CLASS.put(CapacitySet.class, CAPACITY_SET);
        TYPE_BY_CLASS.put(ItemPinned.class, ITEM_PINNED);
        TYPE_BY_CLASS.put(ItemUnpinned.class, ITEM_UNPINNED);
        TYPE_BY_CLASS.put(ItemStarted.class, ITEM_STARTED);
        TYPE_BY_CLASS.put(ItemDelivered.class, ITEM_DELIVERED);
    }

    private EventTypes() {
    }

    public static String typeOf(Class<?> payloadType) {
        String type = TYPE_BY_CLASS.get(payloadType);
        if (type == null) {
            throw new IllegalArgumentException(payloadType.getName() + " is not a public command or event");
        }
        return type;
    }

    /** Every public payload class with its type, in a stable order. */
    public static Map<Class<?>, String> all() {
        return Map.copyOf(TYPE_BY_CLASS);
    }
}
