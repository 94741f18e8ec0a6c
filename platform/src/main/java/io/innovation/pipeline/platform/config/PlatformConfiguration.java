package io.innovation.pipeline.platform.config;

import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.stream.BoundedThreadReplacement;
import io.innovation.pipeline.platform.stream.InstanceClient;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.observability.ConsumerLag;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.RecordTracing;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import io.innovation.pipeline.platform.web.ProblemHandling;
import io.innovation.pipeline.platform.web.RequestSizeLimitFilter;
import io.innovation.pipeline.platform.web.StoreEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import io.innovation.pipeline.platform.stream.ServiceStreams;
import org.springframework.cloud.stream.binder.kafka.streams.KafkaStreamsBinderSupportAutoConfiguration;
import org.springframework.cloud.stream.binder.kafka.streams.KafkaStreamsRegistry;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** What every back-end service gets: topics, metrics, interactive queries, health, problem details. */
@AutoConfiguration(after = KafkaStreamsBinderSupportAutoConfiguration.class)
@EnableConfigurationProperties({PlatformKafkaProperties.class, PlatformHttpProperties.class})
@Import({ProblemHandling.class, StoreEndpoint.class})
public class PlatformConfiguration {
    static final String APPLICATION_ID = "spring.cloud.stream.kafka.streams.binder.application-id";
    static final String APPLICATION_SERVER = "spring.cloud.stream.kafka.streams.binder.configuration.application.server";

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

    /** With Micrometer Tracing present (always, in the services), each processed record continues its trace. */
    @Bean
    PipelineMetrics pipelineMetrics(MeterRegistry registry, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer tracing = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        return new PipelineMetrics(registry, tracing == null || propagation == null ? RecordTracing.NONE : new RecordTracing(tracing, propagation));
    }

    /** {@code innovation_consumer_lag_records{group="<application id>"}} of the service's Kafka Streams application. */
    @Bean
    ServiceStreams serviceStreams(KafkaStreamsRegistry registry, MeterRegistry meters, Environment environment) {
        ServiceStreams streams = new ServiceStreams(registry);
        ConsumerLag.register(meters, environment.getRequiredProperty(APPLICATION_ID), streams::client);
        return streams;
    }

    @Bean
    BindingDestinationsInfo bindingDestinationsInfo(BindingServiceProperties bindings) {
        return new BindingDestinationsInfo(bindings);
    }

    @Bean
    InstanceClient instanceClient(PlatformHttpProperties properties) {
        return new InstanceClient(properties.instanceTimeout());
    }

    /** This instance's address as advertised to the others through Kafka Streams' {@code application.server}. */
    @Bean
    InteractiveQueries interactiveQueries(ServiceStreams streams, InstanceClient instances, Environment environment) {
        String advertised = environment.getRequiredProperty(APPLICATION_SERVER);
        return new InteractiveQueries(streams, HostInfo.buildFromEndpoint(advertised), instances);
    }

    @Bean
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(ServiceStreams streams) {
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
