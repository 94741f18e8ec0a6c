package io.innovation.pipeline.evaluation.api;

import io.innovation.pipeline.platform.testing.ContainerServiceTest;
import io.innovation.pipeline.platform.testing.KafkaContainers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** EvaluationServiceBehaviour against a real Kafka container; skipped where there is no Docker engine or no image. */
@ContainerServiceTest
class EvaluationServiceOnKafkaContainerTest extends EvaluationServiceBehaviour {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        KafkaContainers.register(registry);
    }
}
