package io.innovation.pipeline.idea.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.Topologies;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;

/** idea-commands → (validate against the idea store) → ideas | command-rejections | idea-commands.dlq */
public final class IdeaTopology {
    public static final String IDEAS_STORE = "ideas";

    private IdeaTopology() {
    }

    /**
     * @param httpSource the {@code ce_source} of commands that came through this service's HTTP API,
     *                   so that ideas can record the channel they came in by
     */
    public static KStream<String, Outbound> build(StreamsBuilder builder, CloudEventCodec codec, String httpSource, PipelineMetrics metrics) {
        return Topologies.singleProcessor(builder, Topic.IDEA_COMMANDS, "idea-commands", IDEAS_STORE, JsonSerde.of(IdeaSubmitted.class),
                () -> new IdeaCommandProcessor(codec, httpSource, metrics));
    }
}
