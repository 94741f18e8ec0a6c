package io.innovation.pipeline.gateway.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Fans the feed out to every subscriber without letting one subscriber hold up another.
 *
 * <p>Events go into a {@code multicast().directBestEffort()} sink, which never waits for anyone. Each subscriber
 * reads through its own buffer of at most {@code subscriberBuffer} events; when a subscriber does not keep up
 * (a slow network, a client that stopped reading) its buffer fills and its oldest events are dropped and counted
 * ({@code innovation.gateway.sse.dropped}). Memory per subscriber is therefore bounded, and the others, and
 * the Kafka consumers publishing here, never wait for it.
 */
public final class LiveFeed {

    private final Sinks.Many<FeedEvent> sink = Sinks.many().multicast().directBestEffort();
    private final Sinks.Empty<Void> closed = Sinks.empty();
    private final int subscriberBuffer;
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Counter dropped;

    public LiveFeed(int subscriberBuffer, MeterRegistry meters) {
        if (subscriberBuffer < 1) {
            throw new IllegalArgumentException("subscriberBuffer must be at least 1, was " + subscriberBuffer);
        }
        this.subscriberBuffer = subscriberBuffer;
        this.dropped = Counter.builder("innovation.gateway.sse.dropped")
                .description("Live-feed events dropped for a subscriber that did not keep up (oldest first)")
                .register(meters);
        Gauge.builder("innovation.gateway.sse.subscribers", subscribers, AtomicInteger::get)
                .description("Clients currently subscribed to the live feed (GET /api/events)")
                .register(meters);
    }

    /**
     * Hands an event to every current subscriber. Called from the Kafka consumer threads; serialised because a
     * sink must not be emitted to concurrently. Never blocks on a subscriber.
     */
    public synchronized void publish(FeedEvent event) {
        // FAIL_ZERO_SUBSCRIBER (nobody listening) and FAIL_TERMINATED (closing) are fine: the event is for nobody
        sink.tryEmitNext(event);
    }

    /**
     * The events that pass {@code filter} from now on, through a buffer of its own. The subscriber is registered
     * with the sink before it sees its subscription, so once {@link #subscribers()} counts it, it misses nothing.
     */
    public Flux<FeedEvent> subscribe(Predicate<FeedEvent> filter) {
        return sink.asFlux()
                .filter(filter)
                .onBackpressureBuffer(subscriberBuffer, overflow -> dropped.increment(), BufferOverflowStrategy.DROP_OLDEST)
                .doOnSubscribe(subscription -> subscribers.incrementAndGet())
                .doFinally(signal -> subscribers.decrementAndGet());
    }

    /** Completes when the feed is closed (the application stops): streams end so that a graceful shutdown need not wait for them. */
    public Mono<Void> closed() {
        return closed.asMono();
    }

    /** Ends every subscription; events published afterwards go nowhere. */
    public synchronized void close() {
        sink.tryEmitComplete();
        closed.tryEmitEmpty();
    }

    public int subscribers() {
        return subscribers.get();
    }

    public double dropped() {
        return dropped.count();
    }
}
