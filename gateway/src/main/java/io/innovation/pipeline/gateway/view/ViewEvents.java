package io.innovation.pipeline.gateway.view;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.events.CommentAdded;
import io.innovation.pipeline.contracts.events.CommentDeleted;
import io.innovation.pipeline.contracts.events.CommentEdited;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemDelivered;
import io.innovation.pipeline.contracts.events.ItemStarted;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.EventTypes;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.header.Headers;

/** Reads a Kafka record of the three event topics into one of the records {@link PipelineFold} folds. */
public final class ViewEvents {

    private static final Map<String, Class<?>> FOLDED = Map.ofEntries(
            Map.entry(EventTypes.IDEA_SUBMITTED, IdeaSubmitted.class),
            Map.entry(EventTypes.IDEA_ASSESSED, IdeaAssessed.class),
            Map.entry(EventTypes.IDEA_DECIDED, IdeaDecided.class),
            Map.entry(EventTypes.ITEM_SCHEDULED, ItemScheduled.class),
            Map.entry(EventTypes.ITEM_RESCHEDULED, ItemRescheduled.class),
            Map.entry(EventTypes.ITEM_BACKLOGGED, ItemBacklogged.class),
            Map.entry(EventTypes.ITEM_REMOVED, ItemRemoved.class),
            Map.entry(EventTypes.ITEM_STARTED, ItemStarted.class),
            Map.entry(EventTypes.ITEM_DELIVERED, ItemDelivered.class),
            Map.entry(EventTypes.IDEA_WITHDRAWN, IdeaWithdrawn.class),
            Map.entry(EventTypes.IDEA_MERGED, IdeaMerged.class),
            Map.entry(EventTypes.IDEA_VOTED, IdeaVoted.class),
            Map.entry(EventTypes.IDEA_VOTE_WITHDRAWN, IdeaVoteWithdrawn.class),
            Map.entry(EventTypes.IDEA_VOTERS_ABSORBED, IdeaVotersAbsorbed.class),
            Map.entry(EventTypes.COMMENT_ADDED, CommentAdded.class),
            Map.entry(EventTypes.COMMENT_DELETED, CommentDeleted.class),
            Map.entry(EventTypes.IDEA_UPDATED, IdeaUpdated.class),
            Map.entry(EventTypes.COMMENT_EDITED, CommentEdited.class),
            Map.entry(EventTypes.IDEA_REVIEWED, IdeaReviewed.class));

    private ViewEvents() {}

    /** A folded event with the CloudEvent's time (or the record's timestamp when it has none). */
    public record Decoded(Object payload, Instant time) {}

    /**
     * The event, or null for anything the view skips: not a CloudEvent, a tombstone, a type the view does not
     * fold, or data that does not read as its type. The view never stops on one bad record.
     */
    public static Decoded decode(Headers headers, byte[] value, long timestamp) {
        if (value == null || headers == null) {
            return null;
        }
        try {
            CloudEvent event = CloudEventCodec.fromKafka(headers, value);
            Class<?> type = FOLDED.get(event.getType());
            if (type == null) {
                return null;
            }
            Object payload = CloudEventCodec.data(event, type);
            Instant time = event.getTime() != null ? event.getTime().toInstant() : Instant.ofEpochMilli(timestamp);
            return PipelineFold.ideaId(payload) == null ? null : new Decoded(payload, time);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
