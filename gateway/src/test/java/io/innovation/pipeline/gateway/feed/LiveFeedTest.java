package io.innovation.pipeline.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.test.StepVerifier;

class LiveFeedTest {

    static final int BUFFER = 8;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final LiveFeed feed = new LiveFeed(BUFFER, meters);

    @Test
    void aSubscriberThatDoesNotReadLosesItsOldestEventsWhileAnotherReceivesEverything() {
        List<FeedEvent> reader = new ArrayList<>();
        Disposable reading = feed.subscribe(FeedFilter.ALL).subscribe(reader::add);
        Stalled stalled = new Stalled();
        feed.subscribe(FeedFilter.ALL).subscribe(stalled);

        List<FeedEvent> published = IntStream.range(0, BUFFER + 5).mapToObj(LiveFeedTest::event).toList();
        published.forEach(feed::publish);

        assertThat(reader).containsExactlyElementsOf(published);
        assertThat(feed.dropped()).isEqualTo(5);
        assertThat(meters.get("innovation.gateway.sse.dropped").counter().count()).isEqualTo(5);

        stalled.request(Long.MAX_VALUE);
        assertThat(stalled.received).containsExactlyElementsOf(published.subList(5, published.size()));
        reading.dispose();
    }

    @Test
    void countsTheCurrentSubscribers() {
        Disposable first = feed.subscribe(FeedFilter.ALL).subscribe();
        Disposable second = feed.subscribe(new FeedFilter("idea-1", null)).subscribe();

        assertThat(meters.get("innovation.gateway.sse.subscribers").gauge().value()).isEqualTo(2);
        first.dispose();
        assertThat(meters.get("innovation.gateway.sse.subscribers").gauge().value()).isEqualTo(1);
        second.dispose();
        assertThat(feed.subscribers()).isZero();
    }

    @Test
    void aSubscriberReceivesOnlyWhatItsFilterLetsThrough() {
        List<FeedEvent> forIdea = new ArrayList<>();
        List<FeedEvent> forTeam = new ArrayList<>();
        feed.subscribe(new FeedFilter("idea-2", null)).subscribe(forIdea::add);
        feed.subscribe(new FeedFilter(" ", "team-1")).subscribe(forTeam::add);

        IntStream.range(0, 4).mapToObj(LiveFeedTest::event).forEach(feed::publish);

        assertThat(forIdea).extracting(e -> e.data().ideaId()).containsExactly("idea-2");
        assertThat(forTeam).extracting(e -> e.data().ideaId()).containsExactly("idea-1", "idea-3");
    }

    @Test
    void publishingWithNobodyListeningIsFine() {
        feed.publish(event(1));

        StepVerifier.create(feed.subscribe(FeedFilter.ALL))
                .then(() -> feed.publish(event(2)))
                .assertNext(e -> assertThat(e.data().ideaId()).isEqualTo("idea-2"))
                .then(feed::close)
                .verifyComplete();
        StepVerifier.create(feed.closed()).verifyComplete();
    }

    /** idea-N belongs to team-(N mod 2). */
    static FeedEvent event(int n) {
        return new FeedEvent("idea.submitted", "event-" + n,
                new FeedData("idea-" + n, "team-" + (n % 2), null, null, null, null, null));
    }

    /** Takes its subscription and requests nothing until told to. */
    static final class Stalled extends BaseSubscriber<FeedEvent> {
        final List<FeedEvent> received = new ArrayList<>();

        @Override
        protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
            // no request: a client that stopped reading
        }

        @Override
        protected void hookOnNext(FeedEvent value) {
            received.add(value);
        }
    }
}
