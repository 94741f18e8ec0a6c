package io.innovation.pipeline.e2e;

import io.innovation.pipeline.platform.testing.EnabledWithKafkaImage;

/** The pipeline end to end against a Kafka container; skipped where there is no Docker engine or no image. */
@EnabledWithKafkaImage
class PipelineOnKafkaContainerIT extends PipelineBehaviour {

    @Override
    PipelineSystem runningSystem(SharedPipeline.Handle shared) throws Exception {
        PipelineSystem own = new PipelineSystem(Broker.container(), 1);
        try {
            own.start();
        } catch (Exception | AssertionError e) {
            own.close();
            throw e;
        }
        return own;
    }
}
