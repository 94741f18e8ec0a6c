package io.innovation.pipeline.evaluation.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.evaluation.stream.EvaluationRules;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EvaluationProperties.class)
class EvaluationServiceConfiguration {

    @Bean
    EvaluationRules evaluationRules(EvaluationProperties properties) {
        return properties.toRules();
    }

    @Bean
    KStream<String, Outbound> evaluationTopology(StreamsBuilder builder, EvaluationRules rules, PipelineMetrics metrics) {
        return EvaluationTopology.build(builder, new CloudEventCodec("/evaluation-service"), rules, metrics);
    }
}
