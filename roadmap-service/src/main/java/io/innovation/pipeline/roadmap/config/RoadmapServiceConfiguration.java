package io.innovation.pipeline.roadmap.config;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.platform.config.StreamFunctionBindings;
import io.innovation.pipeline.platform.stream.CommandOutcomes;
import io.innovation.pipeline.platform.stream.CommandSender;
import io.innovation.pipeline.platform.stream.InstanceListener;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.roadmap.stream.RoadmapTopology;
import io.innovation.pipeline.roadmap.stream.TeamPlans;
import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

@Configuration
@EnableConfigurationProperties(RoadmapProperties.class)
class RoadmapServiceConfiguration {
    /** ce_source of events this service publishes. */
    static final String SOURCE = "/roadmap-service";
    /** ce_source of commands that came in over HTTP. */
    static final String HTTP_SOURCE = "/roadmap-service/http";

    /** The topology, hosted by the Kafka Streams binder; bindings come from {@link RoadmapTopology#FUNCTION}. */
    @Bean
    Function<KStream<String, byte[]>, Function<GlobalKTable<String, byte[]>, KStream<String, byte[]>[]>> roadmap(
            RoadmapProperties properties, PipelineMetrics metrics) {
        return RoadmapTopology.function(new CloudEventCodec(SOURCE), properties.toSettings(), metrics);
    }

    /** The planning of the topology, for what-if answers over HTTP. */
    @Bean
    TeamPlans teamPlans(RoadmapProperties properties) {
        return new TeamPlans(properties.toSettings().planning());
    }

    /** HTTP commands go to innovation.roadmap-commands.v1, like every other system's. */
    @Bean
    CommandSender commandSender(KafkaTemplate<String, byte[]> kafka, CommandOutcomes outcomes, RoadmapProperties properties) {
        return new CommandSender(kafka, outcomes, new CloudEventCodec(HTTP_SOURCE), Topic.ROADMAP_COMMANDS, properties.commandTimeout(),
                Clock.systemUTC());
    }

    @Bean
    CommandOutcomes commandOutcomes() {
        return new CommandOutcomes();
    }

    /** Feeds {@link CommandOutcomes} from the topics the processors write. */
    @Bean
    KafkaMessageListenerContainer<String, byte[]> roadmapOutcomesListener(KafkaProperties kafka, CommandOutcomes outcomes) {
        return InstanceListener.container(kafka, "innovation-roadmap-service-outcomes-", InstanceListener.From.LATEST,
                InstanceListener.of(outcomes::onRecord), Topic.ROADMAP, Topic.COMMAND_REJECTIONS);
    }

    @Bean
    HealthIndicator roadmapOutcomesHealthIndicator(KafkaMessageListenerContainer<String, byte[]> roadmapOutcomesListener) {
        return InstanceListener.health(roadmapOutcomesListener);
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Bindings extends StreamFunctionBindings {
        public Bindings() {
            super(RoadmapTopology.FUNCTION);
        }
    }
}
