package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.gateway.config.FeedProperties;
import io.innovation.pipeline.gateway.feed.FeedData;
import io.innovation.pipeline.gateway.feed.FeedEvent;
import io.innovation.pipeline.gateway.feed.LiveFeed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The shape of one SSE stream, without a server: what comes first, heartbeats, events, and the end at shutdown. */
class EventStreamControllerTest {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    final LiveFeed feed = new LiveFeed(16, new SimpleMeterRegistry());
    final EventStreamController controller = new EventStreamController(feed, new FeedProperties(HEARTBEAT, 16, 100));

    @Test
    void opensWithACommentSendsHeartbeatsAndTypedEventsAndEndsWhenTheFeedCloses() {
        StepVerifier.withVirtualTime(() -> controller.events("idea-1", null))
                .assertNext(first -> {
                    assertThat(first.comment()).isEqualTo("connected");
                    assertThat(first.event()).isNull();
                    assertThat(first.data()).isNull();
                })
                .then(() -> feed.publish(event("idea-2", "e-0"))) // filtered out
                .then(() -> feed.publish(event("idea-1", "e-1")))
                .assertNext(sse -> {
                    assertThat(sse.event()).isEqualTo("idea.decided");
                    assertThat(sse.id()).isEqualTo("e-1");
                    assertThat(sse.data().ideaId()).isEqualTo("idea-1");
                })
                .thenAwait(HEARTBEAT)
                .assertNext(heartbeat -> assertThat(heartbeat.comment()).isEqualTo("heartbeat"))
                .thenAwait(HEARTBEAT)
                .assertNext(heartbeat -> assertThat(heartbeat.comment()).isEqualTo("heartbeat"))
                .then(feed::close)
                .verifyComplete();
        assertThat(feed.subscribers()).isZero();
    }

    static FeedEvent event(String ideaId, String id) {
        return new FeedEvent("idea.decided", id, new FeedData(ideaId, "web", null, "Approved at priority 70", null, null, null));
    }
}
