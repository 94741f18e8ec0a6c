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
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.ThemeSet;
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
    public static final String COMMAND_REJECTED = "innovation.command.rejected.v1";

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
        TYPE_BY_CLASS.put(CommandRejected.class, COMMAND_REJECTED);
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
