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
 * {@code inputs} (binding {@code <name>-in-i} reads the topics of {@code inputs[i]}; a curried function has more
 * than one input binding) and writing one output binding per entry of {@code outputs}
 * ({@code <name>-out-i}, in that order). The binding destinations are derived here from the catalogue, so a
 * topic name is never typed into configuration.
 *
 * @param name    the function bean's name
 * @param inputs  per input binding, the topics it reads (the first topic of the first binding is the one whose
 *                dead-letter topic takes what the function cannot read)
 * @param outputs the topics it writes, each a catalogue topic or a catalogue topic's dead-letter topic
 */
public record StreamFunction(String name, List<List<Topic>> inputs, List<String> outputs) {

    public StreamFunction {
        inputs = inputs.stream().map(List::copyOf).toList();
        if (inputs.isEmpty() || inputs.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every input binding reads at least one topic: " + inputs);
        }
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

    /** A function with one input binding reading one topic. */
    public StreamFunction(String name, Topic input, List<String> outputs) {
        this(name, List.of(List.of(input)), outputs);
    }

    /** The main input: the first topic of the first input binding. */
    public Topic input() {
        return inputs.get(0).get(0);
    }

    public String inputBinding() {
        return inputBinding(0);
    }

    public String inputBinding(int index) {
        return name + "-in-" + index;
    }

    /** The binding's destination: its topics, comma-separated (the Kafka Streams binder reads them as one stream). */
    public String inputDestination(int index) {
        return String.join(",", inputs.get(index).stream().map(Topic::topicName).toList());
    }

    public String outputBinding(int index) {
        return name + "-out-" + index;
    }

    /** The binder properties this function needs: its definition and every binding's destination. */
    public Map<String, Object> bindingProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.function.definition", name);
        for (int i = 0; i < inputs.size(); i++) {
            properties.put("spring.cloud.stream.bindings." + inputBinding(i) + ".destination", inputDestination(i));
        }
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
