package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.observability.ConsumerLag;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binder.kafka.streams.KafkaStreamsRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pipeline view: the Kafka Streams binder function that materializes it, the view itself, the as-of replay. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ViewProperties.class)
public class ViewConfiguration {

    @Bean
    PipelineView pipelineViewModel(MeterRegistry meters) {
        PipelineView view = new PipelineView();
        Gauge.builder("innovation.gateway.view.ideas", view, PipelineView::size)
                .description("Ideas in this instance's pipeline view").register(meters);
        ViewGauges.register(view, meters, Clock.systemUTC());
        return view;
    }

    /** {@code innovation_consumer_lag_records{group="innovation-gateway-view"}}: how far this instance's view is behind. */
    @Bean
    MeterBinder viewConsumerLag(KafkaStreamsRegistry streams) {
        return meters -> ConsumerLag.register(meters, "innovation-gateway-view", () -> streams.streamsBuilderFactoryBeans().stream()
                .map(StreamsBuilderFactoryBean::getKafkaStreams).filter(Objects::nonNull).findFirst());
    }

    @Bean(ViewSource.FUNCTION)
    Consumer<KStream<String, byte[]>> pipelineView(PipelineView view, MeterRegistry meters,
                                                    @Value("${innovation.gateway.view.changelog:false}") boolean changelog) {
        Counter skipped = Counter.builder("innovation.gateway.view.skipped")
                .description("Records of the event topics the pipeline view could not read or does not fold")
                .register(meters);
        return ViewTopology.function(view, changelog, skipped::increment);
    }

    @Bean
    ComposedViewCache composedViewCache(PipelineView view, ViewProperties properties) {
        return new ComposedViewCache(view, properties.composedCacheSize(), properties.composedCacheTtl().toNanos(), System::nanoTime);
    }

    @Bean
    EventLogReplay eventLogReplay(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        return new EventLogReplay(bootstrapServers);
    }
}
