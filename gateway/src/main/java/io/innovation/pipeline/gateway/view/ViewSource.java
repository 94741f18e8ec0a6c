package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.gateway.feed.FeedSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pipeline view's Spring Cloud Stream settings, derived from the contracts catalogue: one Kafka Streams
 * binder function ({@value #FUNCTION}) whose single input binding subscribes to the three event topics by a
 * pattern that matches their catalogue names only (so the gateway never blocks its start on Kafka, and picks a
 * topic up when it appears).
 *
 * <p>Every gateway instance must hold the whole view, so each instance runs the topology under an application id
 * of its own, {@code innovation-gateway-view-<instance id>}: it is the only member of its group and gets every
 * partition. The instance id is {@code innovation.gateway.view.instance-id}; unset, a random UUID per start, and
 * then the view is rebuilt from the topics at every start with no changelog (nothing to clean up on the broker
 * but an idle consumer group's offsets). A configured, stable id keeps the store's changelog and its committed
 * offsets, so a restart restores instead of re-reading the log.
 */
public final class ViewSource {

    public static final String FUNCTION = "pipelineView";
    public static final String BINDING = FUNCTION + "-in-0";
    public static final String INSTANCE_ID = "innovation.gateway.view.instance-id";
    /** Set by {@link #bindingProperties} to the instance id in use (the configured one or a fresh UUID). */
    public static final String RESOLVED_INSTANCE_ID = "innovation.gateway.view.resolved-instance-id";

    /** The topics the view folds, from the catalogue. */
    public static final List<Topic> TOPICS = List.of(Topic.IDEAS, Topic.EVALUATIONS, Topic.ROADMAP);

    private ViewSource() {}

    /** One regular expression matching exactly the three catalogue names. */
    public static String destinationPattern() {
        return TOPICS.stream().map(topic -> FeedSource.literalPattern(topic.topicName())).collect(Collectors.joining("|"));
    }

    public static String applicationId(String instanceId) {
        return "innovation-gateway-view-" + instanceId;
    }

    /**
     * @param configuredInstanceId {@value #INSTANCE_ID}, or null/blank for a random one
     * @param tmpDir               where state directories go by default
     */
    public static Map<String, Object> bindingProperties(String configuredInstanceId, String tmpDir) {
        boolean stable = configuredInstanceId != null && !configuredInstanceId.isBlank();
        String instanceId = stable ? configuredInstanceId.strip() : UUID.randomUUID().toString();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(RESOLVED_INSTANCE_ID, instanceId);
        properties.put("innovation.gateway.view.changelog", stable);
        properties.put("spring.cloud.stream.bindings." + BINDING + ".destination", destinationPattern());
        String consumer = "spring.cloud.stream.kafka.streams.bindings." + BINDING + ".consumer.";
        properties.put(consumer + "destination-is-pattern", true);
        properties.put(consumer + "start-offset", "earliest");
        String binder = "spring.cloud.stream.kafka.streams.binder.";
        properties.put(binder + "functions." + FUNCTION + ".application-id", applicationId(instanceId));
        properties.put(binder + "configuration.state.dir",
                Path.of(tmpDir, "innovation-gateway-view", instanceId).toString());
        // the back-ends write in transactions: an aborted event must never reach the view. exactly_once_v2 makes
        // Kafka Streams read committed records only (at_least_once reads uncommitted ones whatever is configured)
        properties.put(binder + "configuration.processing.guarantee", "exactly_once_v2");
        properties.put(binder + "configuration.statestore.cache.max.bytes", 0);
        properties.put(binder + "configuration.commit.interval.ms", 1000);
        properties.put(binder + "configuration.metadata.max.age.ms", 30_000);
        return properties;
    }

}
