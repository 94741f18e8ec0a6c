package io.innovation.pipeline.gateway.feed;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.Score;
import io.innovation.pipeline.gateway.compose.EvaluationPart;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import io.innovation.pipeline.gateway.compose.RoadmapPart;
import io.innovation.pipeline.gateway.compose.StatusDerivation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns a CloudEvent from the event topics into a live-feed event, or says why it is skipped. Pure apart from the
 * {@link TeamDirectory} it learns teams into.
 *
 * <p>The SSE event name derives from the CloudEvent type: {@code innovation.<name>.v<n>} is sent as
 * {@code <name>}, e.g. {@code innovation.idea.decided.v1} as {@code idea.decided}. The nine types the gateway
 * knows get a status, a summary and the changed values; any other type of the public namespace (a type added
 * by a back-end after this gateway was built) is passed on with what every event carries: idea, team, time.
 * A type outside the namespace is skipped.
 *
 * <p>The status an event implies comes from {@link StatusDerivation}, the same rule the composed idea view uses:
 * the event is shown to it as the part of the view it would change.
 */
public final class FeedMapping {

    /** Why a record did not become a feed event; the tag of the skipped-records counter. */
    public enum SkipReason {
        NOT_A_CLOUD_EVENT("not-a-cloudevent"),
        UNKNOWN_TYPE("unknown-type"),
        UNREADABLE_DATA("unreadable-data");

        private final String tag;

        SkipReason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    /** The outcome of mapping one CloudEvent. */
    public sealed interface Result permits Forward, Skip {}

    public record Forward(FeedEvent event) implements Result {}

    public record Skip(SkipReason reason, String detail) implements Result {}

    private static final Pattern PUBLIC_TYPE = Pattern.compile("innovation\\.((?:[a-z0-9-]+\\.)+[a-z0-9-]+)\\.v[1-9][0-9]*");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TeamDirectory teams;

    public FeedMapping(TeamDirectory teams) {
        this.teams = teams;
    }

    /** The SSE event name for a CloudEvent type, or empty when the type is not of the public namespace. */
    public static Optional<String> eventName(String type) {
        Matcher matcher = PUBLIC_TYPE.matcher(type == null ? "" : type);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Result map(CloudEvent event) {
        Optional<String> name = eventName(event.getType());
        if (name.isEmpty()) {
            return new Skip(SkipReason.UNKNOWN_TYPE, "CloudEvent type " + event.getType() + " is not of the public namespace");
        }
        FeedData data;
        try {
            data = switch (event.getType()) {
                case EventTypes.IDEA_SUBMITTED -> submitted(CloudEventCodec.data(event, IdeaSubmitted.class));
                case EventTypes.IDEA_ASSESSED -> assessed(CloudEventCodec.data(event, IdeaAssessed.class));
                case EventTypes.IDEA_DECIDED -> decided(CloudEventCodec.data(event, IdeaDecided.class));
                case EventTypes.IDEA_REVIEWED -> reviewed(CloudEventCodec.data(event, IdeaReviewed.class));
                case EventTypes.ITEM_SCHEDULED -> scheduled(CloudEventCodec.data(event, ItemScheduled.class));
                case EventTypes.ITEM_RESCHEDULED -> rescheduled(CloudEventCodec.data(event, ItemRescheduled.class));
                case EventTypes.ITEM_BACKLOGGED -> backlogged(CloudEventCodec.data(event, ItemBacklogged.class));
                case EventTypes.ITEM_REMOVED -> removed(CloudEventCodec.data(event, ItemRemoved.class));
                case EventTypes.ITEM_STARTED -> started(CloudEventCodec.data(event, ItemStarted.class));
                case EventTypes.ITEM_DELIVERED -> delivered(CloudEventCodec.data(event, ItemDelivered.class));
                case EventTypes.IDEA_WITHDRAWN -> withdrawn(CloudEventCodec.data(event, IdeaWithdrawn.class));
                case EventTypes.IDEA_MERGED -> merged(CloudEventCodec.data(event, IdeaMerged.class));
                default -> generic(event);
            };
        } catch (JacksonException | IllegalArgumentException e) {
            return new Skip(SkipReason.UNREADABLE_DATA, event.getType() + " " + event.getId() + ": " + e.getMessage());
        }
        if (data.ideaId() == null || data.ideaId().isBlank()) {
            return new Skip(SkipReason.UNREADABLE_DATA, event.getType() + " " + event.getId() + " names no idea");
        }
        if (data.team() == null) {
            data = data.withTeam(teams.teamOf(data.ideaId()));
        } else {
            teams.learn(data.ideaId(), data.team());
        }
        if (event.getTime() != null) {
            data = data.withTime(event.getTime().toInstant());
        }
        return new Forward(new FeedEvent(name.get(), event.getId(), data));
    }

    private static FeedData submitted(IdeaSubmitted submitted) {
        SubmitIdea idea = submitted.idea();
        String title = idea == null ? null : idea.title();
        Map<String, Object> changes = changes("title", title, "version", submitted.version(), "channel", submitted.channel());
        return new FeedData(submitted.ideaId(), idea == null ? null : idea.team(), statusOf(null, null),
                title == null ? "Submitted" : "Submitted: " + title, changes, submitted.submittedAt(),
                submitted.actor() != null ? submitted.actor() : idea == null ? null : idea.submitter());
    }

    private static FeedData assessed(IdeaAssessed assessed) {
        Map<String, Object> changes = changes("priority", assessed.priority(), "rice", value(assessed.rice()),
                "wsjf", value(assessed.wsjf()), "alignment", value(assessed.alignment()));
        return new FeedData(assessed.ideaId(), assessed.team(), statusOf(EvaluationPart.known(assessed.ideaId(), true, null, null), null),
                "Scored: priority " + number(assessed.priority()), changes, assessed.assessedAt(), null);
    }

    private static FeedData decided(IdeaDecided decided) {
        DecisionOutcome outcome = decided.outcome();
        if (outcome == null) {
            throw new IllegalArgumentException("the decision has no outcome");
        }
        String verdict = switch (outcome) {
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            case NEEDS_REVIEW -> "Waiting for a reviewer";
            case NEEDS_INFO -> "Back to the submitter with questions";
            case PARKED -> "Parked";
            case WITHDRAWN -> "Withdrawn";
        };
        return new FeedData(decided.ideaId(), decided.team(), statusOf(EvaluationPart.known(decided.ideaId(), false, outcome.name(), null), null),
                verdict + " at priority " + number(decided.priority()),
                changes("outcome", outcome.name(), "priority", decided.priority()), decided.decidedAt(), decided.decidedBy());
    }

    /** A review changes no status (the idea waits at the gate either way): no status, the reviewer as actor. */
    private static FeedData reviewed(IdeaReviewed reviewed) {
        return new FeedData(reviewed.ideaId(), null, null,
                (reviewed.replacesEarlier() ? "Review replaced by " : "Reviewed by ") + reviewed.reviewer() + ": feasibility "
                        + reviewed.feasibility() + ", value " + reviewed.value() + ", risk " + reviewed.risk(),
                changes("feasibility", reviewed.feasibility(), "value", reviewed.value(), "risk", reviewed.risk()),
                reviewed.reviewedAt(), reviewed.reviewer());
    }

    private static FeedData scheduled(ItemScheduled scheduled) {
        return new FeedData(scheduled.ideaId(), scheduled.team(), statusOf(null, placed(scheduled.ideaId(), "SCHEDULED")),
                "Scheduled for " + span(scheduled.startPeriod(), scheduled.endPeriod()),
                changes("startPeriod", scheduled.startPeriod(), "endPeriod", scheduled.endPeriod(), "rank", scheduled.rank()),
                scheduled.scheduledAt(), null);
    }

    private static FeedData rescheduled(ItemRescheduled moved) {
        Map<String, Object> changes = changes("fromStartPeriod", moved.fromStartPeriod(), "fromEndPeriod", moved.fromEndPeriod(),
                "startPeriod", moved.startPeriod(), "endPeriod", moved.endPeriod(), "rank", moved.rank());
        return new FeedData(moved.ideaId(), moved.team(), statusOf(null, placed(moved.ideaId(), "SCHEDULED")),
                "Moved from " + span(moved.fromStartPeriod(), moved.fromEndPeriod()) + " to " + span(moved.startPeriod(), moved.endPeriod()),
                changes, moved.rescheduledAt(), null);
    }

    private static FeedData backlogged(ItemBacklogged backlogged) {
        return new FeedData(backlogged.ideaId(), backlogged.team(), statusOf(null, placed(backlogged.ideaId(), "BACKLOGGED")),
                "Backlogged: no room on the roadmap yet", changes("rank", backlogged.rank(), "priority", backlogged.priority()),
                backlogged.backloggedAt(), null);
    }

    private static FeedData started(ItemStarted started) {
        return new FeedData(started.ideaId(), started.team(), statusOf(null, placed(started.ideaId(), "IN_PROGRESS")),
                "Work started (" + span(started.startPeriod(), started.endPeriod()) + ")",
                changes("startPeriod", started.startPeriod(), "endPeriod", started.endPeriod()), started.startedAt(), started.actor());
    }

    private static FeedData delivered(ItemDelivered delivered) {
        return new FeedData(delivered.ideaId(), delivered.team(), statusOf(null, placed(delivered.ideaId(), "DELIVERED")),
                "Delivered", changes("startPeriod", delivered.startPeriod(), "endPeriod", delivered.endPeriod()),
                delivered.deliveredAt(), delivered.actor());
    }

    /** Off the roadmap: the status is the decision's again, which this event does not carry, so it names none. */
    private static FeedData removed(ItemRemoved removed) {
        return new FeedData(removed.ideaId(), removed.team(), null, "Removed from the roadmap",
                changes("fromStartPeriod", removed.wasStart(), "fromEndPeriod", removed.wasEnd()), removed.removedAt(), removed.actor());
    }

    /** Withdrawn by its submitter or an admin: closed, whatever the gate or the roadmap said. */
    private static FeedData withdrawn(IdeaWithdrawn withdrawn) {
        String reason = withdrawn.reason() == null || withdrawn.reason().isBlank() ? null : withdrawn.reason().strip();
        return new FeedData(withdrawn.ideaId(), withdrawn.team(), StatusDerivation.derive("WITHDRAWN", null, null, null, Set.of()).status(),
                reason == null ? "Withdrawn" : "Withdrawn: " + reason, changes("reason", reason), withdrawn.withdrawnAt(),
                withdrawn.actor());
    }

    /** Merged into another idea as a duplicate: closed, its voters moved to that idea. */
    private static FeedData merged(IdeaMerged merged) {
        return new FeedData(merged.ideaId(), merged.team(),
                StatusDerivation.derive("MERGED", merged.mergedInto(), null, null, Set.of()).status(),
                "Merged into " + merged.mergedInto(), changes("mergedInto", merged.mergedInto(), "voters", merged.voters().size()),
                merged.mergedAt(), merged.actor());
    }

    /** A type the gateway does not know yet: idea (payload {@code ideaId}, else the subject), team and actor if present. */
    private static FeedData generic(CloudEvent event) {
        JsonNode payload = NODES.objectNode();
        if (event.getData() != null) {
            try {
                payload = CloudEventCodec.json().readTree(event.getData().toBytes());
            } catch (JacksonException e) {
                payload = NODES.objectNode(); // not JSON: the attributes still say which idea it is about
            }
        }
        String ideaId = text(payload, "ideaId");
        return new FeedData(ideaId == null ? event.getSubject() : ideaId, text(payload, "team"), null, null, null, null,
                text(payload, "actor"));
    }

    /** The status {@link StatusDerivation} gives an idea whose only known parts are these. */
    private static PipelineStatus statusOf(EvaluationPart evaluation, RoadmapPart roadmap) {
        return StatusDerivation.derive(evaluation, roadmap, Set.of()).status();
    }

    private static RoadmapPart placed(String ideaId, String status) {
        return RoadmapPart.known(ideaId, status, null, null, null);
    }

    /** Key and value pairs, in order, without the null values. */
    private static Map<String, Object> changes(Object... keysAndValues) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                changes.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return changes;
    }

    private static Double value(Score score) {
        return score == null ? null : score.value();
    }

    /** "2026-Q3", or "2026-Q3–2026-Q4" for an item spanning periods. */
    private static String span(String start, String end) {
        if (start == null) {
            return "an unknown period";
        }
        return end == null || end.equals(start) ? start : start + "–" + end;
    }

    /** At most two decimals, no trailing zeros: 79.38, 60, 12.5. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }
}
