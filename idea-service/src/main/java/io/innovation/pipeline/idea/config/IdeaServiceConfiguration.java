package io.innovation.pipeline.idea.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.idea.domain.SimilarIdeasPolicy;
import io.innovation.pipeline.idea.stream.IdeaOutcomes;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.idea.stream.SimilarIdeasFeed;
import io.innovation.pipeline.idea.stream.SimilarIdeasIndex;
import io.innovation.pipeline.platform.config.StreamFunctionBindings;
import io.innovation.pipeline.platform.stream.InstanceListener;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

@Configuration
@EnableConfigurationProperties(IdeaServiceProperties.class)
class IdeaServiceConfiguration {
    /** ce_source of events this service publishes. */
    static final String SOURCE = "/idea-service";
    /** ce_source of commands that came in over HTTP; other sources count as the Kafka channel. */
    static final String HTTP_SOURCE = "/idea-service/http";

    @Bean
    @Primary
    CloudEventCodec eventCodec() {
        return new CloudEventCodec(SOURCE);
    }

    @Bean
    CloudEventCodec httpCommandCodec() {
        return new CloudEventCodec(HTTP_SOURCE);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The topology, hosted by the Kafka Streams binder; bindings come from {@link IdeaTopology#FUNCTION}. */
    @Bean
    Function<KStream<String, byte[]>, KStream<String, byte[]>[]> ideaCommands(CloudEventCodec eventCodec, PipelineMetrics metrics) {
        return IdeaTopology.function(eventCodec, HTTP_SOURCE, metrics);
    }

    @Bean
    IdeaOutcomes ideaOutcomes() {
        return new IdeaOutcomes();
    }

    /** Feeds {@link IdeaOutcomes} from the topics the processor writes. */
    @Bean
    KafkaMessageListenerContainer<String, byte[]> ideaOutcomesListener(KafkaProperties kafka, IdeaOutcomes outcomes) {
        return InstanceListener.container(kafka, "innovation-idea-service-outcomes-", InstanceListener.From.LATEST,
                InstanceListener.of(outcomes::onRecord), Topic.IDEAS, Topic.COMMAND_REJECTIONS);
    }

    @Bean(destroyMethod = "close")
    SimilarIdeasIndex similarIdeasIndex() {
        return new SimilarIdeasIndex();
    }

    @Bean
    SimilarIdeasPolicy similarIdeasPolicy(IdeaServiceProperties properties) {
        return new SimilarIdeasPolicy(properties.similar().minScore(), properties.similar().limit());
    }

    /**
     * Feeds the similar-ideas index from {@code innovation.ideas.v1}: every instance reads every partition from the
     * start, so each holds the whole index.
     */
    @Bean
    KafkaMessageListenerContainer<String, byte[]> similarIdeasListener(KafkaProperties kafka, SimilarIdeasIndex index) {
        SimilarIdeasFeed feed = new SimilarIdeasFeed(index);
        return InstanceListener.container(kafka, "innovation-idea-service-similar-", InstanceListener.From.EARLIEST,
                InstanceListener.of(feed::onRecord), Topic.IDEAS);
    }

    /** Ready once the outcome listener has its partitions: before that, an HTTP command's outcome could slip past. */
    @Bean
    HealthIndicator ideaOutcomesHealthIndicator(KafkaMessageListenerContainer<String, byte[]> ideaOutcomesListener) {
        return InstanceListener.health(ideaOutcomesListener);
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Bindings extends StreamFunctionBindings {
        public Bindings() {
            super(IdeaTopology.FUNCTION);
        }
    }
}
