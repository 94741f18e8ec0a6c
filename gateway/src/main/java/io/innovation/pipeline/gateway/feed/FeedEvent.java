package io.innovation.pipeline.gateway.feed;

/**
 * One event of the live feed, as it goes on the wire.
 *
 * @param name the SSE {@code event:} name, e.g. {@code idea.decided}
 * @param id   the SSE {@code id:}, the CloudEvent's id
 * @param data the SSE {@code data:}
 */
public record FeedEvent(String name, String id, FeedData data) {}
