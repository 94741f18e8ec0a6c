package io.innovation.pipeline.evaluation.stream;

import static io.innovation.pipeline.platform.testing.TopologyTests.event;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipe;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipeRaw;
import static io.innovation.pipeline.platform.testing.TopologyTests.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.evaluation.domain.GatePolicy;
import io.innovation.pipeline.evaluation.domain.ScoringSettings;
import io.innovation.pipeline.evaluation.domain.Strategy;
import io.innovation.pipeline.evaluation.domain.StrategyTheme;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.testing.TopologyTests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvaluationTopologyTest {
    static final String STRONG = "11111111-1111-4111-8111-111111111111";
    static final String POOR = "22222222-2222-4222-8222-222222222222";
    static final EvaluationRules RULES = new EvaluationRules(
            new Strategy(List.of(new StrategyTheme("customer-experience", "Customer experience", 1.0),
                    new StrategyTheme("cost-efficiency", "Cost efficiency", 0.8))),
            ScoringSettings.defaults(), GatePolicy.defaults());

    final CloudEventCodec ideaService = new CloudEventCodec("/idea-service");
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> ideas;
    TestOutputTopic<String, byte[]> evaluations;
    TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void start() {
        driver = TopologyTests.driver(EvaluationTopology.FUNCTION, EvaluationTopology.function(new CloudEventCodec("/evaluation-service"), RULES, new PipelineMetrics(meters)));
        ideas = TopologyTests.input(driver, Topic.IDEAS);
        evaluations = TopologyTests.output(driver, Topic.EVALUATIONS);
        deadLetters = TopologyTests.output(driver, Topic.IDEAS.deadLetterTopicName());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aStrongIdeaIsAssessedThenApprovedWithExplainedScores() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);

        List<TestRecord<String, byte[]>> out = records(evaluations);
        assertThat(out).extracting(TestRecord::key).containsExactly(STRONG, STRONG);
        CloudEvent first = event(out.get(0));
        CloudEvent second = event(out.get(1));
        assertThat(first.getType()).isEqualTo(EventTypes.IDEA_ASSESSED);
        assertThat(second.getType()).isEqualTo(EventTypes.IDEA_DECIDED);

        IdeaAssessed assessed = CloudEventCodec.data(first, IdeaAssessed.class);
        // RICE = 5000 × 2 × 0.8 / (6 / 4.33) = 5773.33
        assertThat(assessed.rice().value()).isCloseTo(5773.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(assessed.rice().explanation()).isNotBlank();
        assertThat(assessed.alignment().value()).isEqualTo(1.0);
        assertThat(assessed.priorityTerms()).hasSize(3);
        assertThat(assessed.priorityTerms().stream().mapToDouble(t -> t.contribution()).sum())
                .isCloseTo(assessed.priority(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(assessed.assessedAt()).isEqualTo(SubmittedIdeas.AT);

        IdeaDecided decided = CloudEventCodec.data(second, IdeaDecided.class);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(decided.team()).isEqualTo("identity");
        assertThat(decided.effortWeeks()).isEqualTo(6.0);
        assertThat(decided.priority()).isEqualTo(assessed.priority());
        assertThat(decided.reason()).contains("approv");
        assertThat(driver.<String, Evaluation>getKeyValueStore(EvaluationTopology.EVALUATIONS_STORE).get(STRONG).decision())
                .isEqualTo(decided);
        assertThat(meters.counter("innovation.decisions", "outcome", "APPROVED").count()).isEqualTo(1.0);
    }

    @Test
    void aPoorIdeaIsRejected() {
        pipe(ideas, POOR, ideaService.event(POOR, SubmittedIdeas.poor(POOR), SubmittedIdeas.AT), SubmittedIdeas.AT);
        List<IdeaDecided> decisions = records(evaluations).stream()
                .map(TopologyTests::event)
                .filter(e -> e.getType().equals(EventTypes.IDEA_DECIDED))
                .map(e -> CloudEventCodec.data(e, IdeaDecided.class))
                .toList();
        assertThat(decisions).extracting(IdeaDecided::outcome).containsExactly(DecisionOutcome.REJECTED);
    }

    @Test
    void aRedeliveredVersionIsNotEvaluatedTwice() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);
        assertThat(records(evaluations)).hasSize(2);
    }

    @Test
    void eventsOfOtherTypesAreSkippedAndGarbageIsDeadLettered() {
        CloudEvent future = io.cloudevents.core.builder.CloudEventBuilder.v1(
                        ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT))
                .withType("innovation.idea.voted.v1").build();
        pipe(ideas, STRONG, future, SubmittedIdeas.AT);
        pipeRaw(ideas, STRONG, "%%%".getBytes(StandardCharsets.UTF_8), SubmittedIdeas.AT);
        pipe(ideas, POOR, ideaService.event(POOR, SubmittedIdeas.poor(POOR), SubmittedIdeas.AT), SubmittedIdeas.AT);

        assertThat(records(deadLetters)).hasSize(1);
        assertThat(records(evaluations)).extracting(TestRecord::key).containsExactly(POOR, POOR);
        assertThat(meters.counter("innovation.events.ignored", "topic", Topic.IDEAS.topicName(), "type", "other").count())
                .isEqualTo(1.0);
    }
}
