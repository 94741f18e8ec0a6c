package io.innovation.pipeline.gateway.view;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemRemoved;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.EventTypes;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.header.Headers;

/** Reads a Kafka record of the three event topics into one of the records {@link PipelineFold} folds. */
public final class ViewEvents {

    private static final Map<String, Class<?>> FOLDED = Map.of(
            EventTypes.IDEA_SUBMITTED, IdeaSubmitted.class,
            EventTypes.IDEA_ASSESSED, IdeaAssessed.class,
            EventTypes.IDEA_DECIDED, IdeaDecided.class,
            EventTypes.ITEM_SCHEDULED, ItemScheduled.class,
            EventTypes.ITEM_RESCHEDULED, ItemRescheduled.class,
            EventTypes.ITEM_BACKLOGGED, ItemBacklogged.class,
            EventTypes.ITEM_REMOVED, ItemRemoved.class);

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
