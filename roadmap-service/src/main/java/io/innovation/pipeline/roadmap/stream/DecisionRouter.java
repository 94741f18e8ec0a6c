package io.innovation.pipeline.roadmap.stream;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.platform.stream.CloudEventProcessor;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Gate decisions arrive keyed by idea; a team's roadmap must be planned in one place, so each decision is
 * passed on, unchanged, keyed by its team.
 */
final class DecisionRouter extends CloudEventProcessor {

    DecisionRouter(CloudEventCodec codec, PipelineMetrics metrics) {
        super(Topic.EVALUATIONS, codec, metrics);
    }

    @Override
    protected void handle(Record<String, byte[]> record, CloudEvent event) {
        if (EventTypes.IDEA_DECIDED.equals(event.getType())) {
            forward(RoadmapTopology.DECISIONS_BY_TEAM, CloudEventCodec.data(event, IdeaDecided.class).team(), record);
        } else if (!EventTypes.IDEA_ASSESSED.equals(event.getType())) {
            metrics.ignored(input().topicName(), event.getType());
        }
    }
}
