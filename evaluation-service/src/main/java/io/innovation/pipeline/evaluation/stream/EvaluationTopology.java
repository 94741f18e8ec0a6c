package io.innovation.pipeline.evaluation.stream;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.evaluation.domain.ThemeAccount;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.Outbound;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.stream.StreamFunction;
import io.innovation.pipeline.platform.stream.Topologies;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * ideas + evaluation commands → idea evaluations (keyed by idea) → evaluations | command rejections | dead letters;
 * budget requests and strategy commands → repartition by theme → themes (reservations one at a time per theme) →
 * strategy | answers → repartition by idea → back to the idea's evaluation, which publishes the final decision.
 * The strategy topic is read as a global table, so every idea task scores with the strategy in force.
 */
public final class EvaluationTopology {
    /** The CloudEvent extension naming the person behind a command ({@code ce_actor} in Kafka). */
    public static final String ACTOR_EXTENSION = "actor";
    public static final String EVALUATIONS_STORE = "evaluations";
    public static final String THEMES_STORE = "themes";
    /** The global store of {@code innovation.strategy.v1} (the binder materialises the second input under this name). */
    public static final String STRATEGY_STORE = "strategy";
    public static final StreamFunction FUNCTION = new StreamFunction("evaluation",
            List.of(List.of(Topic.IDEAS, Topic.EVALUATION_COMMANDS), List.of(Topic.STRATEGY)),
            List.of(Topic.EVALUATIONS.topicName(), Topic.STRATEGY.topicName(), Topic.COMMAND_REJECTIONS.topicName(),
                    Topic.IDEAS.deadLetterTopicName(), Topic.EVALUATION_COMMANDS.deadLetterTopicName()));

    private EvaluationTopology() {
    }

    public static Function<KStream<String, byte[]>, Function<GlobalKTable<String, byte[]>, KStream<String, byte[]>[]>> function(
            CloudEventCodec codec, EvaluationRules rules, PipelineMetrics metrics) {
        return input -> strategy -> {
            KStream<String, Outbound> ideas = input.process(
                    Topologies.withStores(() -> new IdeaEvaluationProcessor(codec, rules, metrics),
                            Topologies.keyValueStore(EVALUATIONS_STORE, JsonSerde.of(Evaluation.class))),
                    Named.as("idea-evaluations"));
            KStream<String, Outbound> themes = internal(ideas, BudgetMessages.REQUESTS, "budget-requests").process(
                    Topologies.withStores(() -> new ThemeProcessor(codec, rules, metrics),
                            Topologies.keyValueStore(THEMES_STORE, JsonSerde.of(ThemeAccount.class))),
                    Named.as("themes"));
            KStream<String, Outbound> answers = internal(themes, BudgetMessages.ANSWERS, "budget-answers").process(
                    () -> new BudgetAnswerProcessor(codec, metrics), Named.as("budget-answers"), EVALUATIONS_STORE);
            KStream<String, Outbound> releases = internal(answers, BudgetMessages.RELEASES, "budget-releases").process(
                    () -> new ThemeProcessor(codec, rules, metrics), Named.as("late-releases"), THEMES_STORE);
            return FUNCTION.branches(external(ideas, "ideas").merge(external(themes, "themes"), Named.as("merge-themes"))
                    .merge(external(answers, "answers"), Named.as("merge-answers"))
                    .merge(external(releases, "releases"), Named.as("merge-releases")));
        };
    }

    /** What a processor sends to {@code destination}, through a named repartition (keyed as the processor keyed it). */
    private static KStream<String, byte[]> internal(KStream<String, Outbound> outbound, String destination, String name) {
        return outbound.filter((key, value) -> value.topic().equals(destination), Named.as(name + "-out"))
                .mapValues(Outbound::value, Named.as(name + "-value"))
                .repartition(Repartitioned.<String, byte[]>as(name).withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
    }

    private static KStream<String, Outbound> external(KStream<String, Outbound> outbound, String name) {
        return outbound.filter((key, value) -> !BudgetMessages.internal(value.topic()), Named.as(name + "-public"));
    }
}
