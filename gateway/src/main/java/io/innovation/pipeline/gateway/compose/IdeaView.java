package io.innovation.pipeline.gateway.compose;

import java.util.List;

/**
 * One view of an idea composed from the three back-ends. A part is null when its back-end has no data
 * for the idea or did not answer; {@code unavailable} names the parts that did not answer.
 */
public record IdeaView(
        String id,
        PipelineStatus status,
        String statusReason,
        IdeaPart idea,
        EvaluationPart evaluation,
        RoadmapPart roadmap,
        List<String> unavailable) {}
