package io.innovation.pipeline.idea.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link SimilarIdeasIndex} in step with {@code innovation.ideas.v1}, read by every instance from the start
 * (committed records only): the index is memory, rebuilt at each start from the log.
 */
public final class SimilarIdeasFeed {
    private static final Logger LOG = LoggerFactory.getLogger(SimilarIdeasFeed.class);

    private final SimilarIdeasIndex index;
    private final AtomicLong indexed = new AtomicLong();

    public SimilarIdeasFeed(SimilarIdeasIndex index) {
        this.index = index;
    }

    public void onRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = CloudEventCodec.fromKafka(record.headers(), record.value());
        } catch (RuntimeException e) {
            // not ours to judge: the topic's own consumers dead-letter what they cannot read
            LOG.debug("Skipped a record of {} that is not a readable event: {}", record.topic(), e.toString());
            return;
        }
        if (EventTypes.IDEA_SUBMITTED.equals(event.getType())) {
            IdeaSubmitted submitted = CloudEventCodec.data(event, IdeaSubmitted.class);
            index.put(submitted.ideaId(), submitted.idea().title(), submitted.idea().problem());
            indexed.incrementAndGet();
        } else if (EventTypes.IDEA_UPDATED.equals(event.getType())) {
            IdeaUpdated updated = CloudEventCodec.data(event, IdeaUpdated.class);
            index.put(updated.ideaId(), updated.idea().title(), updated.idea().problem());
            indexed.incrementAndGet();
        } else if (EventTypes.IDEA_WITHDRAWN.equals(event.getType())) {
            // a closed idea is no longer offered as similar
            index.remove(CloudEventCodec.data(event, IdeaWithdrawn.class).ideaId());
            indexed.incrementAndGet();
        } else if (EventTypes.IDEA_MERGED.equals(event.getType())) {
            index.remove(CloudEventCodec.data(event, IdeaMerged.class).ideaId());
            indexed.incrementAndGet();
        }
    }

    /** Events taken into the index since start. */
    public long indexed() {
        return indexed.get();
    }
}
