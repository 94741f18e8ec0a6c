package io.innovation.pipeline.gateway.config;

import io.innovation.pipeline.gateway.feed.FeedIngest;
import io.innovation.pipeline.gateway.feed.FeedMapping;
import io.innovation.pipeline.gateway.feed.FeedSource;
import io.innovation.pipeline.gateway.feed.LiveFeed;
import io.innovation.pipeline.gateway.feed.TeamDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.function.Function;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The live feed: Kafka binder functions in, {@link LiveFeed} fan-out to {@code GET /api/events} out. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
public class LiveFeedConfiguration {

    @Bean
    LiveFeed liveFeed(FeedProperties properties, MeterRegistry meters) {
        return new LiveFeed(properties.subscriberBuffer(), meters);
    }

    @Bean
    FeedIngest feedIngest(FeedProperties properties, LiveFeed feed, MeterRegistry meters) {
        return new FeedIngest(new FeedMapping(new TeamDirectory(properties.teamCacheSize())), feed, meters);
    }

    @Bean(FeedSource.Functions.IDEAS)
    Function<Flux<Message<byte[]>>, Mono<Void>> ideasFeed(FeedIngest ingest) {
        return ingest.consumer(FeedSource.IDEAS);
    }

    @Bean(FeedSource.Functions.EVALUATIONS)
    Function<Flux<Message<byte[]>>, Mono<Void>> evaluationsFeed(FeedIngest ingest) {
        return ingest.consumer(FeedSource.EVALUATIONS);
    }

    @Bean(FeedSource.Functions.ROADMAP)
    Function<Flux<Message<byte[]>>, Mono<Void>> roadmapFeed(FeedIngest ingest) {
        return ingest.consumer(FeedSource.ROADMAP);
    }

    /**
     * Ends the open streams when the application stops, before the web server's graceful shutdown starts (a
     * higher phase stops first): an SSE stream never ends by itself and would otherwise hold the shutdown for
     * its whole timeout. Clients reconnect to another instance, or to this one when it is back.
     */
    @Bean
    SmartLifecycle liveFeedShutdown(LiveFeed feed) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                feed.close();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    /**
     * The binder's consumer-lag gauge is left out. It asks the broker while Prometheus scrapes, so with Kafka
     * unreachable {@code /actuator/prometheus} would hang; and the feed's groups are anonymous (a new random
     * name at every start, reading from the latest offset), so it would add a label value per restart and say
     * little.
     */
    @Bean
    MeterFilter withoutAnonymousGroupLag() {
        return MeterFilter.denyNameStartsWith("spring.cloud.stream.binder.kafka.offset");
    }
}
