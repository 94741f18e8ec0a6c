package io.innovation.pipeline.platform.config;

import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.BoundedThreadReplacement;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.web.ProblemHandling;
import io.innovation.pipeline.platform.web.RequestSizeLimitFilter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** What every back-end service gets: topics, metrics, interactive queries, health, problem details. */
@AutoConfiguration
@EnableConfigurationProperties({PlatformKafkaProperties.class, PlatformHttpProperties.class})
@Import(ProblemHandling.class)
public class PlatformConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "innovation.kafka", name = "create-topics", havingValue = "true", matchIfMissing = true)
    KafkaAdmin.NewTopics innovationTopics(PlatformKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(Topic.specs().stream()
                .map(spec -> TopicBuilder.name(spec.name())
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .configs(spec.configs())
                        .build())
                .toArray(NewTopic[]::new));
    }

    @Bean
    PipelineMetrics pipelineMetrics(MeterRegistry registry) {
        return new PipelineMetrics(registry);
    }

    @Bean
    InteractiveQueries interactiveQueries(StreamsBuilderFactoryBean streams) {
        return new InteractiveQueries(streams);
    }

    @Bean
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
        return new KafkaStreamsHealthIndicator(streams);
    }

    /** A failed stream thread is replaced a few times within a window, then the client stops and health is DOWN. */
    @Bean
    StreamsBuilderFactoryBeanConfigurer replaceFailedStreamThreads(PlatformKafkaProperties properties) {
        return factory -> factory.setStreamsUncaughtExceptionHandler(new BoundedThreadReplacement(
                properties.threadReplacements(), properties.threadReplacementWindow(), Clock.systemUTC()));
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(PlatformHttpProperties properties) {
        return new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestBytes()));
    }
}
