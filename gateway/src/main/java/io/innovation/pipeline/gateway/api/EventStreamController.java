package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.config.FeedProperties;
import io.innovation.pipeline.gateway.feed.FeedData;
import io.innovation.pipeline.gateway.feed.FeedEvent;
import io.innovation.pipeline.gateway.feed.FeedFilter;
import io.innovation.pipeline.gateway.feed.LiveFeed;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@RestController
class EventStreamController {

    private static final ServerSentEvent<FeedData> CONNECTED = ServerSentEvent.<FeedData>builder().comment("connected").build();
    private static final ServerSentEvent<FeedData> HEARTBEAT = ServerSentEvent.<FeedData>builder().comment("heartbeat").build();

    private final LiveFeed feed;
    private final FeedProperties properties;

    EventStreamController(LiveFeed feed, FeedProperties properties) {
        this.feed = feed;
        this.properties = properties;
    }

    /**
     * The pipeline's events as they happen, as Server-Sent Events: {@code event:} the type (e.g.
     * {@code idea.decided}), {@code id:} the CloudEvent id, {@code data:} a small JSON document with the idea,
     * its team, the status the event implies, a summary of what changed, the time and the actor.
     *
     * <p>The stream opens with a comment line ({@code :connected}) so that the response headers reach the client
     * at once, and carries a comment ({@code :heartbeat}) every heartbeat interval (15 s by default), so that idle
     * connections are not closed by proxies and a client can tell a quiet feed from a dead connection.
     *
     * <p>Reconnecting: the feed has no history. Events published while a client is not connected are not sent
     * later, and {@code Last-Event-ID} is ignored. On every (re)connect a client therefore re-reads the state it
     * shows over HTTP ({@code GET /api/ideas/{id}}, {@code GET /api/roadmap}) and follows the stream from there.
     * To leave no gap, open the stream first, wait for the {@code :connected} comment, then re-read the state,
     * then apply the events: each carries the status it leads to, so applying one that the state already
     * reflects changes nothing. A client that falls behind loses its oldest undelivered events (see
     * {@code innovation.gateway.feed.subscriber-buffer}) and should do the same.
     *
     * @param ideaId only the events about this idea
     * @param team   only the events about this team's ideas
     */
    @GetMapping(path = "/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<FeedData>> events(@RequestParam(required = false) String ideaId,
                                           @RequestParam(required = false) String team) {
        Flux<ServerSentEvent<FeedData>> events = feed.subscribe(new FeedFilter(ideaId, team)).map(EventStreamController::toSse);
        Flux<ServerSentEvent<FeedData>> heartbeats = Flux.interval(properties.heartbeat())
                .onBackpressureDrop() // a client that is not reading needs no heartbeat queued up
                .map(tick -> HEARTBEAT);
        return Flux.concat(Flux.just(CONNECTED), Flux.merge(events, heartbeats).takeUntilOther(feed.closed()));
    }

    private static ServerSentEvent<FeedData> toSse(FeedEvent event) {
        return ServerSentEvent.builder(event.data()).event(event.name()).id(event.id()).build();
    }
}
