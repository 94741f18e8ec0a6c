package io.innovation.pipeline.evaluation.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.evaluation.stream.EvaluationRules;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.config.StreamFunctionBindings;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.util.function.Function;
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

    /** The topology, hosted by the Kafka Streams binder; bindings come from {@link EvaluationTopology#FUNCTION}. */
    @Bean
    Function<KStream<String, byte[]>, KStream<String, byte[]>[]> ideaEvents(EvaluationRules rules, PipelineMetrics metrics) {
        return EvaluationTopology.function(new CloudEventCodec("/evaluation-service"), rules, metrics);
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Bindings extends StreamFunctionBindings {
        public Bindings() {
            super(EvaluationTopology.FUNCTION);
        }
    }
}
