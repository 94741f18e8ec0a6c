package io.innovation.pipeline.roadmap.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.roadmap.stream.RoadmapTopology;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RoadmapProperties.class)
class RoadmapServiceConfiguration {

    @Autowired
    void roadmapTopology(StreamsBuilder builder, RoadmapProperties properties, PipelineMetrics metrics) {
        RoadmapTopology.build(builder, new CloudEventCodec("/roadmap-service"), properties.toSettings(), metrics);
    }
}
