package io.innovation.pipeline.platform.stream;

import io.innovation.pipeline.contracts.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * A service's topology as the Kafka Streams binder hosts it: one function named {@code name} reading
 * {@code input} (binding {@code <name>-in-0}) and writing one output binding per entry of {@code outputs}
 * ({@code <name>-out-i}, in that order). The binding destinations are derived here from the catalogue, so a
 * topic name is never typed into configuration.
 *
 * @param name    the function bean's name
 * @param input   the topic the function reads
 * @param outputs the topics it writes, each a catalogue topic or a catalogue topic's dead-letter topic
 */
public record StreamFunction(String name, Topic input, List<String> outputs) {

    public StreamFunction {
        outputs = List.copyOf(outputs);
        if (outputs.stream().distinct().count() != outputs.size()) {
            throw new IllegalArgumentException("an output topic is listed twice: " + outputs);
        }
        Set<String> catalogue = Topic.specs().stream().map(Topic.TopicSpec::name).collect(Collectors.toSet());
        List<String> unknown = outputs.stream().filter(topic -> !catalogue.contains(topic)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not catalogue topics: " + unknown);
        }
    }

    public String inputBinding() {
        return name + "-in-0";
    }

    public String outputBinding(int index) {
        return name + "-out-" + index;
    }

    /** The binder properties this function needs: its definition and every binding's destination. */
    public Map<String, Object> bindingProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.function.definition", name);
        properties.put("spring.cloud.stream.bindings." + inputBinding() + ".destination", input.topicName());
        for (int i = 0; i < outputs.size(); i++) {
            properties.put("spring.cloud.stream.bindings." + outputBinding(i) + ".destination", outputs.get(i));
        }
        return properties;
    }

    /**
     * Splits what the processors emit into one named branch per output topic, in the order of {@link #outputs}:
     * element i of the result is bound to {@code <name>-out-i}. Branches are looked up by name because Kafka
     * Streams keeps them in a hash map.
     */
    @SuppressWarnings("unchecked")
    public KStream<String, byte[]>[] branches(KStream<String, Outbound> outbound) {
        String prefix = name + "-to-";
        BranchedKStream<String, Outbound> split = outbound.split(Named.as(prefix));
        for (int i = 0; i < outputs.size(); i++) {
            String topic = outputs.get(i);
            split = split.branch((key, value) -> value.topic().equals(topic), Branched.as(String.valueOf(i)));
        }
        Map<String, KStream<String, Outbound>> byName = split.defaultBranch(Branched.as("unrouted"));
        byName.get(prefix + "unrouted").foreach((key, value) -> {
            throw new IllegalStateException("No output binding for topic " + value.topic() + " in function " + name);
        });
        KStream<String, byte[]>[] branches = new KStream[outputs.size()];
        for (int i = 0; i < outputs.size(); i++) {
            branches[i] = byName.get(prefix + i).mapValues(Outbound::value, Named.as(prefix + i + "-value"));
        }
        return branches;
    }
}
