package io.innovation.pipeline.idea.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.idea.domain.IdeaState;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.StreamFunction;
import io.innovation.pipeline.platform.stream.Topologies;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** idea-commands → (validate against the idea store) → ideas | command-rejections | idea-commands.dlq | idea-commands (a merge's voters) */
public final class IdeaTopology {
    /** The CloudEvent extension naming the caller of a command taken over HTTP ({@code ce_actor} in Kafka). */
    public static final String ACTOR_EXTENSION = "actor";
    /** The CloudEvent extension with the roles of the caller of a command taken over HTTP, comma-separated ({@code ce_actorroles}). */
    public static final String ROLES_EXTENSION = "actorroles";
    public static final String IDEAS_STORE = "ideas";
    public static final StreamFunction FUNCTION = new StreamFunction("ideaCommands", Topic.IDEA_COMMANDS, List.of(
            Topic.IDEAS.topicName(), Topic.COMMAND_REJECTIONS.topicName(), Topic.IDEA_COMMANDS.deadLetterTopicName(),
            // a merge sends the target's AbsorbVoters to the target's partition
            Topic.IDEA_COMMANDS.topicName()));

    private IdeaTopology() {
    }

    /**
     * @param httpSource the {@code ce_source} of commands that came through this service's HTTP API,
     *                   so that ideas can record the channel they came in by
     */
    public static Function<KStream<String, byte[]>, KStream<String, byte[]>[]> function(CloudEventCodec codec, String httpSource,
                                                                                       PipelineMetrics metrics) {
        return commands -> FUNCTION.branches(commands.process(
                Topologies.withStores(() -> new IdeaCommandProcessor(codec, httpSource, metrics),
                        Topologies.keyValueStore(IDEAS_STORE, JsonSerde.of(IdeaState.class))),
                Named.as("idea-commands")));
    }
}
