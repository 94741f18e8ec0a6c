package io.innovation.pipeline.evaluation.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.evaluation.stream.EvaluationRules;
import io.innovation.pipeline.evaluation.stream.EvaluationTopology;
import io.innovation.pipeline.platform.config.StreamFunctionBindings;
import io.innovation.pipeline.platform.stream.CommandOutcomes;
import io.innovation.pipeline.platform.stream.CommandSender;
import io.innovation.pipeline.platform.stream.InstanceListener;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

@Configuration
@EnableConfigurationProperties({EvaluationProperties.class, EvaluationApiProperties.class})
class EvaluationServiceConfiguration {
    /** ce_source of events this service publishes. */
    static final String SOURCE = "/evaluation-service";
    /** ce_source of commands that came in over HTTP. */
    static final String HTTP_SOURCE = "/evaluation-service/http";

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

    @Bean
    EvaluationRules evaluationRules(EvaluationProperties properties) {
        return properties.toRules();
    }

    /** The topology, hosted by the Kafka Streams binder; bindings come from {@link EvaluationTopology#FUNCTION}. */
    @Bean
    Function<KStream<String, byte[]>, Function<GlobalKTable<String, byte[]>, KStream<String, byte[]>[]>> evaluation(
            CloudEventCodec eventCodec, EvaluationRules rules, PipelineMetrics metrics) {
        return EvaluationTopology.function(eventCodec, rules, metrics);
    }

    /** HTTP commands go to innovation.evaluation-commands.v1, like every other system's. */
    @Bean
    CommandSender commandSender(KafkaTemplate<String, byte[]> kafka, CommandOutcomes outcomes, EvaluationApiProperties properties,
                                Clock clock) {
        return new CommandSender(kafka, outcomes, httpCommandCodec(), Topic.EVALUATION_COMMANDS, properties.commandTimeout(), clock);
    }

    @Bean
    CommandOutcomes commandOutcomes() {
        return new CommandOutcomes();
    }

    /** Feeds {@link CommandOutcomes} from the topics the processors write. */
    @Bean
    KafkaMessageListenerContainer<String, byte[]> evaluationOutcomesListener(KafkaProperties kafka, CommandOutcomes outcomes) {
        return InstanceListener.container(kafka, "innovation-evaluation-service-outcomes-", InstanceListener.From.LATEST,
                InstanceListener.of(outcomes::onRecord), Topic.EVALUATIONS, Topic.STRATEGY, Topic.COMMAND_REJECTIONS);
    }

    @Bean
    HealthIndicator evaluationOutcomesHealthIndicator(KafkaMessageListenerContainer<String, byte[]> evaluationOutcomesListener) {
        return InstanceListener.health(evaluationOutcomesListener);
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Bindings extends StreamFunctionBindings {
        public Bindings() {
            super(EvaluationTopology.FUNCTION);
        }
    }
}
