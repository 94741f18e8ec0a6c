package io.innovation.pipeline.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The typed catalogue of topics. Every topic name used anywhere in the system comes from here, with the
 * configuration a topic is created with. Each consumed topic also has a dead-letter topic {@code <name>.dlq}
 * for records its consumer cannot read.
 */
public enum Topic {
    IDEA_COMMANDS("innovation.idea-commands.v1", Configs.COMMAND_LOG),
    IDEAS("innovation.ideas.v1", Configs.EVENT_LOG),
    EVALUATION_COMMANDS("innovation.evaluation-commands.v1", Configs.COMMAND_LOG),
    STRATEGY("innovation.strategy.v1", Configs.COMPACTED),
    EVALUATIONS("innovation.evaluations.v1", Configs.EVENT_LOG),
    ROADMAP_COMMANDS("innovation.roadmap-commands.v1", Configs.COMMAND_LOG),
    ROADMAP("innovation.roadmap.v1", Configs.EVENT_LOG),
    COMMAND_REJECTIONS("innovation.command-rejections.v1", Map.of());

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String topicName;
    private final Map<String, String> configs;

    Topic(String topicName, Map<String, String> configs) {
        this.topicName = topicName;
        this.configs = configs;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    /** Topic-level configuration the topic is created with. */
    public Map<String, String> configs() {
        return configs;
    }

    public boolean compacted() {
        return TopicConfig.CLEANUP_POLICY_COMPACT.equals(configs.get(TopicConfig.CLEANUP_POLICY_CONFIG));
    }

    /** Topics whose records are consumed by a service and therefore have a dead-letter topic. */
    public static List<Topic> consumed() {
        return List.of(IDEA_COMMANDS, IDEAS, EVALUATION_COMMANDS, EVALUATIONS, ROADMAP_COMMANDS);
    }

    /** Every topic the system needs, dead-letter topics included, with its configuration. */
    public static List<TopicSpec> specs() {
        List<TopicSpec> specs = new ArrayList<>();
        for (Topic topic : values()) {
            specs.add(new TopicSpec(topic.topicName, topic.configs));
        }
        for (Topic topic : consumed()) {
            specs.add(new TopicSpec(topic.deadLetterTopicName(), Map.of()));
        }
        return specs;
    }

    @Override
    public String toString() {
        return topicName;
    }

    /** A topic to create: its name and topic-level configuration. */
    public record TopicSpec(String name, Map<String, String> configs) {
    }

    private static final class Configs {
        /** Events are the decision log: kept for good, so the state of every service can be rebuilt by replay. */
        static final Map<String, String> EVENT_LOG = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        /**
         * Commands are kept too, and stamped by the broker on arrival: a client's clock cannot move event
         * time (and with it a team's planning horizon).
         */
        static final Map<String, String> COMMAND_LOG = Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");
        static final Map<String, String> COMPACTED = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }
}
