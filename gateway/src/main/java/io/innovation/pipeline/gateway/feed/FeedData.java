package io.innovation.pipeline.gateway.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code data:} of one live-feed event: small on purpose. A client that needs more reads the idea over HTTP.
 *
 * @param ideaId  the idea the event is about
 * @param team    the idea's team, from the event or learned from an earlier event about the idea; null when unknown
 * @param status  the pipeline status the event implies; null for event types the gateway does not know yet
 * @param summary what changed, in a few words, e.g. "Approved at priority 79.38" or "Moved from 2026-Q3 to 2026-Q4"
 * @param changes the changed values behind the summary, e.g. outcome and priority, or the periods from and to
 * @param time    when it happened (the CloudEvent's time)
 * @param actor   the person who caused it, where the event names one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedData(
        String ideaId,
        String team,
        PipelineStatus status,
        String summary,
        Map<String, Object> changes,
        Instant time,
        String actor) {

    public FeedData {
        changes = changes == null || changes.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    FeedData withTeam(String team) {
        return new FeedData(ideaId, team, status, summary, changes, time, actor);
    }

    FeedData withTime(Instant time) {
        return new FeedData(ideaId, team, status, summary, changes, time, actor);
    }
}
