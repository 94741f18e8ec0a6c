package io.innovation.pipeline.idea.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.idea.stream.IdeaOutcomes;
import io.innovation.pipeline.idea.domain.SimilarIdeasPolicy;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.idea.stream.SimilarIdeasFeed;
import io.innovation.pipeline.idea.stream.SimilarIdeasIndex;
import io.innovation.pipeline.platform.config.StreamFunctionBindings;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

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

    /**
     * Feeds {@link IdeaOutcomes} from the topics the processor writes. Every instance reads every partition
     * (a group of its own, from the end, never committing), committed records only.
     */
    @Bean
    KafkaMessageListenerContainer<String, byte[]> ideaOutcomesListener(KafkaProperties kafka, IdeaOutcomes outcomes) {
        return listener(kafka, "innovation-idea-service-outcomes-", "latest", outcomes::onRecord,
                Topic.IDEAS.topicName(), Topic.COMMAND_REJECTIONS.topicName());
    }

    /** A listener of this instance alone: a group of its own, committed records only, never committing offsets. */
    private static KafkaMessageListenerContainer<String, byte[]> listener(KafkaProperties kafka, String groupPrefix, String from,
                                                                        MessageListener<String, byte[]> onRecord, String... topics) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + UUID.randomUUID());
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, from);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        ContainerProperties container = new ContainerProperties(topics);
        container.setAckMode(ContainerProperties.AckMode.MANUAL); // never acknowledged: nothing to commit
        container.setMessageListener(onRecord);
        return new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer()), container);
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
     * start (a group of its own, never committing), committed records only, so each holds the whole index.
     */
    @Bean
    KafkaMessageListenerContainer<String, byte[]> similarIdeasListener(KafkaProperties kafka, SimilarIdeasIndex index) {
        SimilarIdeasFeed feed = new SimilarIdeasFeed(index);
        return listener(kafka, "innovation-idea-service-similar-", "earliest", feed::onRecord, Topic.IDEAS.topicName());
    }

    /** Ready once the outcome listener has its partitions: before that, an HTTP command's outcome could slip past. */
    @Bean
    HealthIndicator ideaOutcomesHealthIndicator(KafkaMessageListenerContainer<String, byte[]> ideaOutcomesListener) {
        return () -> {
            var assigned = ideaOutcomesListener.getAssignedPartitions();
            boolean listening = ideaOutcomesListener.isRunning() && assigned != null && !assigned.isEmpty();
            return (listening ? Health.up() : Health.down()).withDetail("partitions", assigned == null ? 0 : assigned.size()).build();
        };
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Bindings extends StreamFunctionBindings {
        public Bindings() {
            super(IdeaTopology.FUNCTION);
        }
    }
}
