package io.innovation.pipeline.gateway.feed;

import io.innovation.pipeline.contracts.Topic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The topics the live feed follows, each through its own Spring Cloud Stream function and input binding. The
 * topic names come from the contracts catalogue; this enum only says which of them the feed reads and what the
 * binding of each is called.
 */
public enum FeedSource {
    IDEAS(Topic.IDEAS, Functions.IDEAS),
    EVALUATIONS(Topic.EVALUATIONS, Functions.EVALUATIONS),
    ROADMAP(Topic.ROADMAP, Functions.ROADMAP);

    /** Names of the function beans; constants so that {@code @Bean} methods can use them. */
    public static final class Functions {
        public static final String IDEAS = "ideasFeed";
        public static final String EVALUATIONS = "evaluationsFeed";
        public static final String ROADMAP = "roadmapFeed";

        private Functions() {}
    }

    private final Topic topic;
    private final String function;

    FeedSource(Topic topic, String function) {
        this.topic = topic;
        this.function = function;
    }

    public Topic topic() {
        return topic;
    }

    /** The function bean that consumes the topic. */
    public String function() {
        return function;
    }

    /** The input binding Spring Cloud Stream creates for the function. */
    public String binding() {
        return function + "-in-0";
    }

    /**
     * The binding's destination: the catalogue name as a regular expression that matches that name alone. The
     * binding subscribes by pattern so that the gateway never blocks its start-up on Kafka (a plain destination
     * makes the binder look up the topic's partitions before the application may start) and picks the topic up
     * whenever it appears.
     */
    public String destinationPattern() {
        return literalPattern(topic.topicName());
    }

    /** {@code spring.cloud.function.definition}: every feed function. */
    public static String functionDefinition() {
        return Stream.of(values()).map(FeedSource::function).collect(Collectors.joining(";"));
    }

    /**
     * The binding properties the feed needs, derived from the catalogue: destination, subscription by pattern,
     * and read_committed (the back-ends write in transactions; an aborted event must never reach a browser).
     * No {@code group}: every gateway instance gets an anonymous group of its own, starting at the latest
     * offset, so each instance sees every event.
     */
    public static Map<String, Object> bindingProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.function.definition", functionDefinition());
        for (FeedSource source : values()) {
            String binding = source.binding();
            properties.put("spring.cloud.stream.bindings." + binding + ".destination", source.destinationPattern());
            // the gateway has both binder types (the pipeline view runs on the Kafka Streams binder)
            properties.put("spring.cloud.stream.bindings." + binding + ".binder", "kafka");
            String kafka = "spring.cloud.stream.kafka.bindings." + binding + ".consumer.";
            properties.put(kafka + "destination-is-pattern", true);
            properties.put(kafka + "configuration.isolation.level", "read_committed");
            // a topic created after the gateway started is matched within this time
            properties.put(kafka + "configuration.metadata.max.age.ms", 30_000);
        }
        return properties;
    }

    /** A regular expression matching exactly {@code name}: every character that is not a letter or digit is escaped. */
    public static String literalPattern(String name) {
        StringBuilder pattern = new StringBuilder(name.length() + 8);
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && c != '_') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
