package io.innovation.pipeline.gateway.compose;

/** A pipeline status with the sentence that explains it to a reader. */
public record DerivedStatus(PipelineStatus status, String reason) {}
