package io.innovation.pipeline.e2e;

/** The pipeline end to end against an embedded KRaft broker: the run's shared system (the web UI's suite uses it too). */
class PipelineEndToEndIT extends PipelineBehaviour {

    @Override
    PipelineSystem runningSystem(SharedPipeline.Handle shared) {
        return shared.system();
    }
}
