package io.innovation.pipeline.e2e;

import io.innovation.pipeline.platform.testing.EnabledWithKafkaImage;

/** The pipeline end to end against a Kafka container; skipped where there is no Docker engine or no image. */
@EnabledWithKafkaImage
class PipelineOnKafkaContainerIT extends PipelineBehaviour {

    @Override
    Broker broker() {
        return Broker.container();
    }
}
