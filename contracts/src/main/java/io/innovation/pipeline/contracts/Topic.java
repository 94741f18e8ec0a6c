package io.innovation.pipeline.contracts;

import java.util.Arrays;
import java.util.List;

/**
 * The typed catalogue of public topics. Every topic name used anywhere in the system comes from here.
 * Each consumer also owns a dead-letter topic {@code <name>.dlq} for records it cannot read.
 */
public enum Topic {
    IDEA_COMMANDS("innovation.idea-commands.v1", false),
    IDEAS("innovation.ideas.v1", false),
    EVALUATION_COMMANDS("innovation.evaluation-commands.v1", false),
    STRATEGY("innovation.strategy.v1", true),
    EVALUATIONS("innovation.evaluations.v1", false),
    ROADMAP_COMMANDS("innovation.roadmap-commands.v1", false),
    ROADMAP("innovation.roadmap.v1", false),
    /** Internal to roadmap-service: gate decisions re-keyed by team, so one task owns each team's plan. */
    ROADMAP_DECISIONS_BY_TEAM("innovation.roadmap-decisions-by-team.v1", false),
    COMMAND_REJECTIONS("innovation.command-rejections.v1", false);

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String topicName;
    private final boolean compacted;

    Topic(String topicName, boolean compacted) {
        this.topicName = topicName;
        this.compacted = compacted;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    public boolean compacted() {
        return compacted;
    }

    /** Topics whose records are consumed by a service and may therefore need a dead-letter topic. */
    public static List<Topic> consumed() {
        return List.of(IDEA_COMMANDS, IDEAS, EVALUATION_COMMANDS, EVALUATIONS, ROADMAP_COMMANDS, ROADMAP_DECISIONS_BY_TEAM);
    }

    public static Topic byName(String topicName) {
        return Arrays.stream(values())
                .filter(t -> t.topicName.equals(topicName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown topic " + topicName));
    }

    @Override
    public String toString() {
        return topicName;
    }
}
