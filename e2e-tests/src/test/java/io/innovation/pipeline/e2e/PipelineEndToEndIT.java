package io.innovation.pipeline.e2e;

/** The pipeline end to end against an embedded KRaft broker. */
class PipelineEndToEndIT extends PipelineBehaviour {

    @Override
    Broker broker() {
        return Broker.embedded();
    }
}
