package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.CommentAdded;
import io.innovation.pipeline.contracts.events.CommentDeleted;
import io.innovation.pipeline.contracts.events.CommentEdited;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.gateway.compose.DerivedStatus;
import io.innovation.pipeline.gateway.compose.EvaluationPart;
import io.innovation.pipeline.gateway.compose.RoadmapPart;
import io.innovation.pipeline.gateway.compose.StatusDerivation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The pure fold of the pipeline view: one event of the ideas, evaluations or roadmap topic applied to what the
 * view knew about that idea. Votes are the total the last vote event states (idea-service counts each person once,
 * also when a merge brings voters); comments are counted from their additions and deletions. No Kafka, no Spring: the Kafka Streams processor and the {@code ?asOf=} replay both
 * use it, so the live view and the past picture cannot disagree. The status comes from {@link StatusDerivation},
 * the same function as the composed {@code GET /api/ideas/{id}}.
 */
public final class PipelineFold {

    private PipelineFold() {}

    /** The idea id an event is about, or null when the object is not an event the view folds. */
    public static String ideaId(Object event) {
        if (event instanceof IdeaSubmitted e) {
            return e.ideaId();
        } else if (event instanceof IdeaAssessed e) {
            return e.ideaId();
        } else if (event instanceof IdeaDecided e) {
            return e.ideaId();
        } else if (event instanceof ItemScheduled e) {
            return e.ideaId();
        } else if (event instanceof ItemRescheduled e) {
            return e.ideaId();
        } else if (event instanceof ItemBacklogged e) {
            return e.ideaId();
        } else if (event instanceof ItemRemoved e) {
            return e.ideaId();
        } else if (event instanceof ItemStarted e) {
            return e.ideaId();
        } else if (event instanceof ItemDelivered e) {
            return e.ideaId();
        } else if (event instanceof IdeaWithdrawn e) {
            return e.ideaId();
        } else if (event instanceof IdeaMerged e) {
            return e.ideaId();
        } else if (event instanceof IdeaVoted e) {
            return e.ideaId();
        } else if (event instanceof IdeaVoteWithdrawn e) {
            return e.ideaId();
        } else if (event instanceof IdeaVotersAbsorbed e) {
            return e.ideaId();
        } else if (event instanceof CommentAdded e) {
            return e.ideaId();
        } else if (event instanceof CommentDeleted e) {
            return e.ideaId();
        } else if (event instanceof IdeaUpdated e) {
            return e.ideaId();
        } else if (event instanceof CommentEdited e) {
            return e.ideaId();
        } else if (event instanceof IdeaReviewed e) {
            return e.ideaId();
        }
        return null;
    }

    /**
     * @param current   what the view held about the idea, or null
     * @param event     one of the folded event records ({@link ViewEvents}); anything else leaves {@code current} as it was
     * @param eventTime the CloudEvent's time, used where the payload carries none
     */
    public static IdeaSummary apply(IdeaSummary current, Object event, Instant eventTime) {
        String id = ideaId(event);
        if (id == null) {
            return current;
        }
        IdeaSummary s = current == null ? IdeaSummary.empty(id) : current;
        IdeaSummary next;
        if (event instanceof IdeaSubmitted e) {
            next = submitted(s, e, or(e.submittedAt(), eventTime));
        } else if (event instanceof IdeaAssessed e) {
            next = new IdeaSummary(s.id(), s.title(), or(e.team(), s.team()), s.themes(), s.tags(), s.submitter(),
                    e.priority(), s.costAmount(), s.costCurrency(), s.effortWeeks(), true, s.outcome(), s.decisionReason(),
                    s.roadmapStatus(), s.startPeriod(), s.endPeriod(), s.allocations(), s.roadmapReason(), s.status(),
                    s.statusReason(), s.createdAt(), later(s.updatedAt(), or(e.assessedAt(), eventTime)), s.decidedAt(),
                    s.scheduledAt(), s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount());
        } else if (event instanceof IdeaDecided e) {
            next = decided(s, e, or(e.decidedAt(), eventTime));
        } else if (event instanceof ItemScheduled e) {
            next = placed(s, "SCHEDULED", e.team(), e.title(), e.startPeriod(), e.endPeriod(), e.allocations(),
                    e.effortWeeks(), e.priority(), e.reason(), or(e.scheduledAt(), eventTime));
        } else if (event instanceof ItemRescheduled e) {
            // a started item keeps its slot; a move of it only drops periods the horizon has passed
            next = placed(s, "IN_PROGRESS".equals(s.roadmapStatus()) ? "IN_PROGRESS" : "SCHEDULED", e.team(), e.title(), e.startPeriod(), e.endPeriod(), e.allocations(),
                    e.effortWeeks(), e.priority(), e.reason(), or(e.rescheduledAt(), eventTime));
        } else if (event instanceof ItemBacklogged e) {
            next = placed(s, "BACKLOGGED", e.team(), e.title(), null, null, List.of(),
                    e.effortWeeks(), e.priority(), e.reason(), or(e.backloggedAt(), eventTime));
        } else if (event instanceof ItemRemoved e) {
            next = removed(s, or(e.removedAt(), eventTime));
        } else if (event instanceof ItemStarted e) {
            next = placed(s, "IN_PROGRESS", e.team(), e.title(), e.startPeriod(), e.endPeriod(), e.allocations(),
                    0, s.priority() == null ? 0 : s.priority(), "Started by " + e.actor() + ".", or(e.startedAt(), eventTime));
        } else if (event instanceof ItemDelivered e) {
            next = placed(s, "DELIVERED", e.team(), e.title(), e.startPeriod(), e.endPeriod(), List.of(),
                    0, s.priority() == null ? 0 : s.priority(), "Delivered; confirmed by " + e.actor() + ".", or(e.deliveredAt(), eventTime));
        } else if (event instanceof IdeaWithdrawn e) {
            next = ideaState(s, "WITHDRAWN", null, s.votes(), s.commentCount(), or(e.withdrawnAt(), eventTime));
        } else if (event instanceof IdeaMerged e) {
            next = ideaState(s, "MERGED", e.mergedInto(), s.votes(), s.commentCount(), or(e.mergedAt(), eventTime));
        } else if (event instanceof IdeaVoted e) {
            next = ideaState(s, s.ideaStatus(), s.mergedInto(), e.votes(), s.commentCount(), or(e.votedAt(), eventTime));
        } else if (event instanceof IdeaVoteWithdrawn e) {
            next = ideaState(s, s.ideaStatus(), s.mergedInto(), e.votes(), s.commentCount(), or(e.withdrawnAt(), eventTime));
        } else if (event instanceof IdeaVotersAbsorbed e) {
            next = ideaState(s, s.ideaStatus(), s.mergedInto(), e.votes(), s.commentCount(), or(e.absorbedAt(), eventTime));
        } else if (event instanceof IdeaUpdated e) {
            next = edited(s, e.idea(), or(e.updatedAt(), eventTime));
        } else if (event instanceof CommentEdited e) {
            next = ideaState(s, s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount(), or(e.editedAt(), eventTime));
        } else if (event instanceof IdeaReviewed e) {
            // nothing the list shows, but the idea changed (the composed view's review count): a new summary says so
            next = ideaState(s, s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount(), or(e.reviewedAt(), eventTime));
        } else if (event instanceof CommentAdded e) {
            next = ideaState(s, s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount() + 1, or(e.addedAt(), eventTime));
        } else {
            // never below none: a deletion whose addition the view did not see (a log cut by retention) takes nothing away
            next = ideaState(s, s.ideaStatus(), s.mergedInto(), s.votes(), Math.max(0, s.commentCount() - 1),
                    or(((CommentDeleted) event).deletedAt(), eventTime));
        }
        return withStatus(next);
    }

    private static IdeaSummary submitted(IdeaSummary s, IdeaSubmitted e, Instant at) {
        if (e.idea() == null) {
            return s;
        }
        Instant created = s.createdAt() == null || at.isBefore(s.createdAt()) ? at : s.createdAt();
        return content(s, e.idea(), created, s.ideaStatus() == null ? "OPEN" : s.ideaStatus(), at);
    }

    /** An edit: the idea's content as it now is. */
    private static IdeaSummary edited(IdeaSummary s, SubmitIdea idea, Instant at) {
        return idea == null
                ? ideaState(s, s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount(), at)
                : content(s, idea, s.createdAt(), s.ideaStatus(), at);
    }

    /** The idea's content from a submission or an edit; a placed idea keeps the roadmap's effort. */
    private static IdeaSummary content(IdeaSummary s, SubmitIdea idea, Instant createdAt, String ideaStatus, Instant at) {
        return new IdeaSummary(s.id(), or(idea.title(), s.title()), or(idea.team(), s.team()), idea.themes(), idea.tags(),
                or(idea.submitter(), s.submitter()), s.priority(),
                idea.costEstimate() == null ? null : idea.costEstimate().amount(),
                idea.costEstimate() == null ? null : idea.costEstimate().currency(),
                s.roadmapStatus() != null && s.effortWeeks() != null ? s.effortWeeks() : idea.effortWeeks(),
                s.assessed(), s.outcome(), s.decisionReason(), s.roadmapStatus(), s.startPeriod(), s.endPeriod(),
                s.allocations(), s.roadmapReason(), s.status(), s.statusReason(), createdAt, later(s.updatedAt(), at),
                s.decidedAt(), s.scheduledAt(), ideaStatus, s.mergedInto(), s.votes(), s.commentCount());
    }

    /** What idea-service's own events change: its status (and the idea it was merged into), votes and comments. */
    private static IdeaSummary ideaState(IdeaSummary s, String ideaStatus, String mergedInto, long votes, long commentCount,
                                         Instant at) {
        return new IdeaSummary(s.id(), s.title(), s.team(), s.themes(), s.tags(), s.submitter(), s.priority(), s.costAmount(),
                s.costCurrency(), s.effortWeeks(), s.assessed(), s.outcome(), s.decisionReason(), s.roadmapStatus(),
                s.startPeriod(), s.endPeriod(), s.allocations(), s.roadmapReason(), s.status(), s.statusReason(), s.createdAt(),
                later(s.updatedAt(), at), s.decidedAt(), s.scheduledAt(), ideaStatus, mergedInto, votes, commentCount);
    }

    private static IdeaSummary decided(IdeaSummary s, IdeaDecided e, Instant at) {
        String outcome = e.outcome() == null ? s.outcome() : e.outcome().name();
        // waiting for reviewers, or for the submitter's answers, is not yet a decision; a withdrawal is none at all
        boolean final_ = outcome != null && !"NEEDS_REVIEW".equals(outcome) && !"NEEDS_INFO".equals(outcome)
                && !"WITHDRAWN".equals(outcome);
        Instant decidedAt = s.decidedAt() != null ? s.decidedAt() : final_ ? at : null;
        return new IdeaSummary(s.id(), or(e.title(), s.title()), or(e.team(), s.team()), s.themes(), s.tags(), s.submitter(),
                e.priority(), s.costAmount(), s.costCurrency(), e.effortWeeks() > 0 ? e.effortWeeks() : s.effortWeeks(),
                s.assessed(), outcome, e.reason(), s.roadmapStatus(), s.startPeriod(), s.endPeriod(), s.allocations(),
                s.roadmapReason(), s.status(), s.statusReason(), s.createdAt(), later(s.updatedAt(), at), decidedAt, s.scheduledAt(),
                s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount());
    }

    private static IdeaSummary placed(IdeaSummary s, String roadmapStatus, String team, String title, String start, String end,
                                      List<io.innovation.pipeline.contracts.events.PeriodAllocation> allocations,
                                      double effortWeeks, double priority, String reason, Instant at) {
        Instant scheduledAt = s.scheduledAt() == null && "SCHEDULED".equals(roadmapStatus) ? at : s.scheduledAt();
        return new IdeaSummary(s.id(), or(s.title(), title), or(team, s.team()), s.themes(), s.tags(), s.submitter(),
                priority, s.costAmount(), s.costCurrency(), effortWeeks > 0 ? effortWeeks : s.effortWeeks(), s.assessed(),
                s.outcome(), s.decisionReason(), roadmapStatus, start, end, allocations, reason, s.status(), s.statusReason(),
                s.createdAt(), later(s.updatedAt(), at), s.decidedAt(), scheduledAt,
                s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount());
    }

    /** Off the roadmap: its decision speaks for the idea again. */
    private static IdeaSummary removed(IdeaSummary s, Instant at) {
        return new IdeaSummary(s.id(), s.title(), s.team(), s.themes(), s.tags(), s.submitter(), s.priority(), s.costAmount(),
                s.costCurrency(), s.effortWeeks(), s.assessed(), s.outcome(), s.decisionReason(), null, null, null, List.of(), null,
                s.status(), s.statusReason(), s.createdAt(), later(s.updatedAt(), at), s.decidedAt(), s.scheduledAt(),
                s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount());
    }

    /** The status from the same function as the composed view, fed the parts of the summary it reads. */
    static IdeaSummary withStatus(IdeaSummary s) {
        EvaluationPart evaluation = s.assessed() || s.outcome() != null
                ? EvaluationPart.known(s.id(), s.assessed(), s.outcome(), s.decisionReason())
                : null;
        RoadmapPart roadmap = s.roadmapStatus() != null
                ? RoadmapPart.known(s.id(), s.roadmapStatus(), s.startPeriod(), s.endPeriod(), s.roadmapReason())
                : null;
        DerivedStatus derived = StatusDerivation.derive(s.ideaStatus(), s.mergedInto(), evaluation, roadmap, Set.of());
        return new IdeaSummary(s.id(), s.title(), s.team(), s.themes(), s.tags(), s.submitter(), s.priority(), s.costAmount(),
                s.costCurrency(), s.effortWeeks(), s.assessed(), s.outcome(), s.decisionReason(), s.roadmapStatus(),
                s.startPeriod(), s.endPeriod(), s.allocations(), s.roadmapReason(), derived.status(), derived.reason(),
                s.createdAt(), s.updatedAt(), s.decidedAt(), s.scheduledAt(),
                s.ideaStatus(), s.mergedInto(), s.votes(), s.commentCount());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
