package io.innovation.pipeline.roadmap.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.platform.config.StreamFunctionBindings;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.roadmap.stream.RoadmapTopology;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RoadmapProperties.class)
class RoadmapServiceConfiguration {

    /** The topology, hosted by the Kafka Streams binder; bindings come from {@link RoadmapTopology#FUNCTION}. */
    @Bean
    Function<KStream<String, byte[]>, KStream<String, byte[]>[]> evaluationEvents(RoadmapProperties properties, PipelineMetrics metrics) {
        return RoadmapTopology.function(new CloudEventCodec("/roadmap-service"), properties.toSettings(), metrics);
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Bindings extends StreamFunctionBindings {
        public Bindings() {
            super(RoadmapTopology.FUNCTION);
        }
    }
}
