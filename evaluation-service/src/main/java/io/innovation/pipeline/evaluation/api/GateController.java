package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.platform.web.CommandRequests;
import io.innovation.pipeline.platform.stream.CommandSender;
import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.commands.DecideIdea;
import io.innovation.pipeline.contracts.commands.ReviewIdea;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import io.innovation.pipeline.evaluation.domain.GateRules;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation;
import io.innovation.pipeline.evaluation.stream.Evaluation;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.Caller;
import io.innovation.pipeline.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * People at the gate: reviews, decisions, the review queue and an idea's history. Commands are checked here for a fast
 * answer by the same domain rules the processor applies, then sent to {@code innovation.evaluation-commands.v1}.
 */
@RestController
class GateController {
    static final String REVIEWER = "REVIEWER";
    static final String EXECUTIVE = "EXECUTIVE";

    private final InteractiveQueries queries;
    private final CommandSender commands;
    private final Clock clock;

    GateController(InteractiveQueries queries, CommandSender commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /** A review by the caller (a REVIEWER); a second review of the same version replaces the first. */
    @PostMapping("/ideas/{ideaId}/reviews")
    ResponseEntity<IdeaReviewed> review(@PathVariable String ideaId, @RequestBody(required = false) JsonNode body,
                                        @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                                        @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles)
            throws InterruptedException {
        Caller caller = CommandRequests.caller(user, roles, REVIEWER);
        ReviewIdea review = CommandRequests.command(ReviewIdea.class, body, Map.of("ideaId", ideaId));
        IdeaEvaluation state = evaluation(ideaId).state();
        GateRules.checkReview(caller.user(), state.submitter(), state.open(), state.version(), review.ideaVersion())
                .ifPresent(refusal -> {
                    throw Requests.refused(refusal);
                });
        CloudEvent outcome = commands.send(ideaId, review, caller.user(), event -> EventTypes.IDEA_REVIEWED.equals(event.getType()));
        IdeaReviewed reviewed = CloudEventCodec.data(outcome, IdeaReviewed.class);
        return reviewed.replacesEarlier() ? ResponseEntity.ok(reviewed) : ResponseEntity.status(201).body(reviewed);
    }

    /**
     * A person's decision (a REVIEWER or EXECUTIVE): against the policy's proposal only with a rationale. An approval
     * answers once its theme's budget did: APPROVED with the reservation, or PARKED with how much is missing.
     */
    @PostMapping("/ideas/{ideaId}/decision")
    IdeaDecided decide(@PathVariable String ideaId, @RequestBody(required = false) JsonNode body,
                       @RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                       @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) throws InterruptedException {
        Caller caller = CommandRequests.caller(user, roles, REVIEWER, EXECUTIVE);
        DecideIdea decision = CommandRequests.command(DecideIdea.class, body, Map.of("ideaId", ideaId));
        IdeaEvaluation state = evaluation(ideaId).state();
        GateRules.checkDecision(caller.user(), state.submitter(), Outcome.valueOf(decision.outcome().name()), decision.rationale(),
                decision.questions(), state.gate(), state.reviews().count()).ifPresent(refusal -> {
                    throw Requests.refused(refusal);
                });
        CloudEvent outcome = commands.send(ideaId, decision, caller.user(), event -> EventTypes.IDEA_DECIDED.equals(event.getType()));
        return CloudEventCodec.data(outcome, IdeaDecided.class);
    }

    /**
     * The ideas waiting for the caller, oldest first: for a REVIEWER those still short of reviews that the caller has
     * not reviewed, and for a REVIEWER or EXECUTIVE those whose reviews are complete and wait for a decision. Never the
     * caller's own ideas.
     */
    @GetMapping("/reviews/queue")
    List<QueueItem> queue(@RequestHeader(name = Caller.USER_HEADER, required = false) String user,
                          @RequestHeader(name = Caller.ROLES_HEADER, required = false) String roles) {
        Caller caller = CommandRequests.caller(user, roles, REVIEWER, EXECUTIVE);
        Instant now = Instant.now(clock);
        return queries.all(EvaluationTopology.EVALUATIONS_STORE, Evaluation.class).stream()
                .filter(evaluation -> evaluation.state() != null && evaluation.state().open()
                        && evaluation.state().decision().outcome() == Outcome.NEEDS_REVIEW
                        && !caller.user().equals(evaluation.state().submitter()))
                .map(evaluation -> QueueItem.of(evaluation, caller, now))
                .filter(item -> item != null)
                .sorted(Comparator.comparing(QueueItem::waitingSince).thenComparing(QueueItem::ideaId))
                .toList();
    }

    /** Every assessment, review and decision of the idea, in the order they were published. */
    @GetMapping("/ideas/{ideaId}/history")
    List<HistoryEntry> history(@PathVariable String ideaId) {
        return evaluation(ideaId).history().stream().map(HistoryEntry::of).toList();
    }

    private Evaluation evaluation(String ideaId) {
        return queries.get(EvaluationTopology.EVALUATIONS_STORE, ideaId, Evaluation.class)
                .filter(evaluation -> evaluation.state() != null)
                .orElseThrow(() -> new NotFoundException("No evaluation for idea " + ideaId + " (yet)"));
    }

    /**
     * One idea in a queue: what it needs of the caller (REVIEW or DECISION), since when it waits and the policy's
     * reason, with the reviews it has and needs and what the policy proposes.
     */
    record QueueItem(String ideaId, String title, String team, String needs, double priority, Instant waitingSince,
                     long ageSeconds, String reason, int reviews, int reviewsRequired, String proposal) {

        static QueueItem of(Evaluation evaluation, Caller caller, Instant now) {
            IdeaEvaluation state = evaluation.state();
            boolean short_ = state.reviews().count() < state.gate().reviewsRequired();
            String needs;
            if (short_ && caller.hasAnyRole(REVIEWER) && !state.reviews().hasReviewBy(caller.user())) {
                needs = "REVIEW";
            } else if (!short_) {
                needs = "DECISION";
            } else {
                return null;
            }
            Instant since = state.waitingSince() != null ? state.waitingSince() : state.decision().at();
            return new QueueItem(evaluation.ideaId(), evaluation.title(), evaluation.team(), needs, state.assessment().priority(),
                    since, Math.max(0, Duration.between(since, now).toSeconds()), state.gate().reason(), state.reviews().count(),
                    state.gate().reviewsRequired(), state.gate().proposal().name());
        }
    }

    /** One event of an idea's history: its type, time, who caused it, and the event itself. */
    record HistoryEntry(String type, Instant at, String actor, Object event) {
        static HistoryEntry of(Evaluation.Entry entry) {
            if (entry.reviewed() != null) {
                return new HistoryEntry(EventTypes.IDEA_REVIEWED, entry.reviewed().reviewedAt(), entry.reviewed().reviewer(), entry.reviewed());
            }
            if (entry.decided() != null) {
                return new HistoryEntry(EventTypes.IDEA_DECIDED, entry.decided().decidedAt(), entry.decided().decidedBy(), entry.decided());
            }
            return new HistoryEntry(EventTypes.IDEA_ASSESSED, entry.assessed().assessedAt(), entry.assessed().actor(), entry.assessed());
        }
    }
}
