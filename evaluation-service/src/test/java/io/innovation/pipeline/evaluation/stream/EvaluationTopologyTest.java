package io.innovation.pipeline.evaluation.stream;

import static io.innovation.pipeline.platform.testing.TopologyTests.event;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipe;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipeRaw;
import static io.innovation.pipeline.platform.testing.TopologyTests.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.DecideIdea;
import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.ReviewIdea;
import io.innovation.pipeline.contracts.commands.SetBudget;
import io.innovation.pipeline.contracts.commands.SetTheme;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaReviewed;
import io.innovation.pipeline.contracts.events.ThemeSet;
import io.innovation.pipeline.evaluation.domain.Envelope;
import io.innovation.pipeline.evaluation.domain.GatePolicy;
import io.innovation.pipeline.evaluation.domain.ScoringSettings;
import io.innovation.pipeline.evaluation.domain.StrategySeed;
import io.innovation.pipeline.evaluation.domain.ThemeAccount;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.testing.TopologyTests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvaluationTopologyTest {
    static final String STRONG = "11111111-1111-4111-8111-111111111111";
    static final String POOR = "22222222-2222-4222-8222-222222222222";
    static final String MIDDLING = "33333333-3333-4333-8333-333333333333";
    static final String QUARTER = "2026-Q4";
    static final EvaluationRules RULES = new EvaluationRules(
            new StrategySeed(List.of(
                    new StrategySeed.Theme("customer-experience", "Customer experience", null, 1.0, new BigDecimal("500000"), "EUR"),
                    new StrategySeed.Theme("cost-efficiency", "Cost efficiency", null, 0.8, null, "EUR"),
                    new StrategySeed.Theme("platform-reliability", "Platform reliability", null, 0.6, new BigDecimal("300000"), "EUR")), 2),
            ScoringSettings.defaults(), new GatePolicy(60, 30, new BigDecimal("50000"), "EUR", 1), Duration.ofSeconds(5));

    final CloudEventCodec ideaService = new CloudEventCodec("/idea-service");
    final CloudEventCodec client = new CloudEventCodec("/evaluation-service/http");
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> ideas;
    TestInputTopic<String, byte[]> commands;
    TestOutputTopic<String, byte[]> evaluations;
    TestOutputTopic<String, byte[]> strategy;
    TestOutputTopic<String, byte[]> rejections;
    TestOutputTopic<String, byte[]> deadLetters;

    /** Wired as the binder wires the curried function: ideas and commands as one stream, the strategy as a global table. */
    static TopologyTestDriver driver(Function<KStream<String, byte[]>, Function<GlobalKTable<String, byte[]>, KStream<String, byte[]>[]>> function) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, byte[]> input = builder.stream(List.of(Topic.IDEAS.topicName(), Topic.EVALUATION_COMMANDS.topicName()),
                Consumed.with(Serdes.String(), Serdes.ByteArray()));
        GlobalKTable<String, byte[]> strategy = builder.globalTable(Topic.STRATEGY.topicName(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(EvaluationTopology.STRATEGY_STORE));
        KStream<String, byte[]>[] outputs = function.apply(input).apply(strategy);
        for (int i = 0; i < outputs.length; i++) {
            outputs[i].to(EvaluationTopology.FUNCTION.outputs().get(i), Produced.with(Serdes.String(), Serdes.ByteArray()));
        }
        return TopologyTests.driver(builder);
    }

    @BeforeEach
    void start() {
        driver = driver(EvaluationTopology.function(new CloudEventCodec("/evaluation-service"), RULES, new PipelineMetrics(meters)));
        ideas = TopologyTests.input(driver, Topic.IDEAS);
        commands = TopologyTests.input(driver, Topic.EVALUATION_COMMANDS);
        evaluations = TopologyTests.output(driver, Topic.EVALUATIONS);
        strategy = TopologyTests.output(driver, Topic.STRATEGY);
        rejections = TopologyTests.output(driver, Topic.COMMAND_REJECTIONS);
        deadLetters = TopologyTests.output(driver, Topic.IDEAS.deadLetterTopicName());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aStrongSmallIdeaIsAssessedThenApprovedWithItsCostReservedAndBothExplanations() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);

        List<CloudEvent> out = records(evaluations).stream().map(TopologyTests::event).toList();
        assertThat(out).extracting(CloudEvent::getType).containsExactly(EventTypes.IDEA_ASSESSED, EventTypes.IDEA_DECIDED);
        IdeaAssessed assessed = CloudEventCodec.data(out.get(0), IdeaAssessed.class);
        assertThat(assessed.rice().value()).isCloseTo(5773.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(assessed.priorityTerms()).hasSize(3);
        assertThat(assessed.priorityTerms().stream().mapToDouble(t -> t.contribution()).sum())
                .isCloseTo(assessed.priority(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(assessed.engineerExplanation()).startsWith("Effort 6 person-weeks");
        assertThat(assessed.executiveExplanation()).contains("Cost 30000 EUR");

        IdeaDecided decided = CloudEventCodec.data(out.get(1), IdeaDecided.class);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("policy");
        assertThat(decided.reason()).isEqualTo("Priority 79.38 is at or above the approval threshold 60: approved automatically."
                + " Reserved 30000 EUR from customer-experience for 2026-Q4, 470000 EUR left.");
        assertThat(decided.budget().remaining()).isEqualByComparingTo("470000");
        assertThat(decided.executiveExplanation()).contains("reserved from customer-experience's budget for 2026-Q4: 470000 EUR of 500000 remain");
        assertThat(decided.engineerExplanation()).contains("No reviews yet");
        assertThat(evaluation(STRONG).decision()).isEqualTo(decided);
        assertThat(meters.counter("innovation.decisions", "outcome", "APPROVED").count()).isEqualTo(1.0);

        ThemeSet seeded = TopologyTests.payloads(strategy, ThemeSet.class).get(0);
        assertThat(seeded.themeId()).isEqualTo("customer-experience");
        assertThat(seeded.actor()).isEqualTo("evaluation-service");
        assertThat(seeded.envelopes()).extracting(ThemeSet.Envelope::period).containsExactly("2026-Q4", "2027-Q1");
    }

    @Test
    void aPoorIdeaIsRejectedAndARedeliveredVersionIsNotEvaluatedTwice() {
        pipe(ideas, POOR, ideaService.event(POOR, SubmittedIdeas.poor(POOR), SubmittedIdeas.AT), SubmittedIdeas.AT);
        pipe(ideas, POOR, ideaService.event(POOR, SubmittedIdeas.poor(POOR), SubmittedIdeas.AT), SubmittedIdeas.AT);

        assertThat(decisions()).extracting(IdeaDecided::outcome).containsExactly(DecisionOutcome.REJECTED);
    }

    @Test
    void aGreyZoneIdeaIsReviewedThenApprovedByAReviewerAgainstTheProposalWithARationale() {
        pipe(ideas, MIDDLING, ideaService.event(MIDDLING, SubmittedIdeas.middling(MIDDLING), SubmittedIdeas.AT), SubmittedIdeas.AT);
        IdeaDecided waiting = decisions().get(0);
        assertThat(waiting.outcome()).isEqualTo(DecisionOutcome.NEEDS_REVIEW);
        assertThat(waiting.reason()).endsWith("needs 1 review (0 so far), then a reviewer or executive decides.");

        command(MIDDLING, new ReviewIdea(MIDDLING, null, 4, 5, 2, "Payouts matter"), "rita", 1);
        List<CloudEvent> afterReview = records(evaluations).stream().map(TopologyTests::event).toList();
        assertThat(afterReview).extracting(CloudEvent::getType)
                .containsExactly(EventTypes.IDEA_REVIEWED, EventTypes.IDEA_ASSESSED, EventTypes.IDEA_DECIDED);
        IdeaReviewed reviewed = CloudEventCodec.data(afterReview.get(0), IdeaReviewed.class);
        assertThat(reviewed.reviewer()).isEqualTo("rita");
        IdeaAssessed rescored = CloudEventCodec.data(afterReview.get(1), IdeaAssessed.class);
        assertThat(rescored.priorityTerms()).extracting(t -> t.score()).containsExactly("rice", "wsjf", "alignment", "reviews");
        assertThat(rescored.reviewCount()).isEqualTo(1);
        assertThat(rescored.engineerExplanation()).contains("Feasibility 4 of 5 and risk 2 of 5 (5 is riskiest) from 1 review.");
        IdeaDecided proposal = CloudEventCodec.data(afterReview.get(2), IdeaDecided.class);
        assertThat(proposal.outcome()).isEqualTo(DecisionOutcome.NEEDS_REVIEW);
        assertThat(proposal.reason()).contains("reviews complete: the policy proposes");

        command(MIDDLING, new DecideIdea(MIDDLING, DecisionOutcome.APPROVED, null, List.of()), "erin", 2);
        command(MIDDLING, new DecideIdea(MIDDLING, DecisionOutcome.APPROVED, "Payout failures cost us partners", List.of()), "erin", 3);

        CommandRejected refused = TopologyTests.payloads(rejections, CommandRejected.class).get(0);
        assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("rationale");
        assertThat(refused.actor()).isEqualTo("erin");
        IdeaDecided approved = decisions().get(0);
        assertThat(approved.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("erin");
        assertThat(approved.proposal()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(approved.rationale()).isEqualTo("Payout failures cost us partners");
        assertThat(approved.budget().themeId()).isEqualTo("platform-reliability");
        assertThat(evaluation(MIDDLING).history()).extracting(entry -> entry.reviewed() != null ? "reviewed"
                        : entry.assessed() != null ? "assessed" : entry.decided().outcome().name())
                .containsExactly("assessed", "NEEDS_REVIEW", "reviewed", "assessed", "NEEDS_REVIEW", "APPROVED");
    }

    @Test
    void nobodyReviewsAnOwnIdeaAndAReviewOfADecidedIdeaIsRefused() {
        pipe(ideas, MIDDLING, ideaService.event(MIDDLING, SubmittedIdeas.middling(MIDDLING), SubmittedIdeas.AT), SubmittedIdeas.AT);
        pipe(ideas, POOR, ideaService.event(POOR, SubmittedIdeas.poor(POOR), SubmittedIdeas.AT), SubmittedIdeas.AT);

        command(MIDDLING, new ReviewIdea(MIDDLING, null, 5, 5, 1, "mine is great"), "alice", 1);
        command(POOR, new ReviewIdea(POOR, null, 5, 5, 1, "late"), "rita", 2);
        command(MIDDLING, new ReviewIdea(MIDDLING, null, 5, 5, 1, "no one"), null, 3);

        assertThat(TopologyTests.payloads(rejections, CommandRejected.class)).extracting(r -> r.violations().get(0).message())
                .containsExactly("nobody reviews an own idea: alice submitted it",
                        "the idea is not waiting at the gate: it was decided already",
                        "a review needs a reviewer: the command names no actor");
        assertThat(evaluation(MIDDLING).state().reviews().count()).isZero();
    }

    @Test
    void aSecondReviewByTheSameReviewerReplacesTheFirst() {
        pipe(ideas, MIDDLING, ideaService.event(MIDDLING, SubmittedIdeas.middling(MIDDLING), SubmittedIdeas.AT), SubmittedIdeas.AT);

        command(MIDDLING, new ReviewIdea(MIDDLING, null, 1, 1, 5, "first look"), "rita", 1);
        command(MIDDLING, new ReviewIdea(MIDDLING, 1L, 5, 5, 1, "second look"), "rita", 2);

        List<IdeaReviewed> reviews = records(evaluations).stream().map(TopologyTests::event)
                .filter(e -> e.getType().equals(EventTypes.IDEA_REVIEWED)).map(e -> CloudEventCodec.data(e, IdeaReviewed.class)).toList();
        assertThat(reviews).extracting(IdeaReviewed::replacesEarlier).containsExactly(false, true);
        assertThat(evaluation(MIDDLING).state().reviews().all()).singleElement()
                .satisfies(review -> assertThat(review.comment()).isEqualTo("second look"));
    }

    @Test
    void approvalsRacingOnOneThemeNeverOverspendItsEnvelope() {
        command("customer-experience", new SetBudget("customer-experience", QUARTER, new Money(new BigDecimal("100000.00"), "EUR")), "erin", 0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = UUID.nameUUIDFromBytes(("race-" + i).getBytes(StandardCharsets.UTF_8)).toString();
            ids.add(id);
            pipe(ideas, id, ideaService.event(id, SubmittedIdeas.strongCosting(id, 1000), SubmittedIdeas.AT), SubmittedIdeas.AT);
        }

        Map<DecisionOutcome, Long> outcomes = decisions().stream()
                .collect(Collectors.groupingBy(IdeaDecided::outcome, Collectors.counting()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(DecisionOutcome.APPROVED, 100L, DecisionOutcome.PARKED, 200L));
        Envelope envelope = theme("customer-experience").envelope(QUARTER).orElseThrow();
        assertThat(envelope.reserved()).isEqualByComparingTo("100000");
        assertThat(envelope.reservations()).hasSize(100);
        IdeaDecided parked = ids.stream().map(this::evaluation).map(Evaluation::decision)
                .filter(d -> d.outcome() == DecisionOutcome.PARKED).findFirst().orElseThrow();
        assertThat(parked.reason()).endsWith("Parked: needs 1000.00 EUR more than the 0.00 EUR left in customer-experience for 2026-Q4.");
        assertThat(parked.budget().missing()).isEqualByComparingTo("1000");
    }

    @Test
    void rejectingAnApprovedIdeaReleasesItsReservation() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);
        assertThat(theme("customer-experience").envelope(QUARTER).orElseThrow().reserved()).isEqualByComparingTo("30000");

        command(STRONG, new DecideIdea(STRONG, DecisionOutcome.REJECTED, "Superseded by the new login", List.of()), "erin", 1);

        assertThat(decisions()).extracting(IdeaDecided::outcome).endsWith(DecisionOutcome.REJECTED);
        assertThat(theme("customer-experience").envelope(QUARTER).orElseThrow().reserved()).isZero();
    }

    @Test
    void withdrawingAnApprovedIdeaClosesItsEvaluationReleasesItsBudgetAndRefusesLaterDecisions() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);
        assertThat(theme("customer-experience").envelope(QUARTER).orElseThrow().reserved()).isEqualByComparingTo("30000");

        IdeaWithdrawn withdrawn = new IdeaWithdrawn(STRONG, 1, "identity", "the vendor ships it now", "c-w", SubmittedIdeas.AT.plusSeconds(5),
                "alice");
        pipe(ideas, STRONG, ideaService.event("w-" + STRONG, withdrawn, withdrawn.withdrawnAt()), withdrawn.withdrawnAt());
        pipe(ideas, STRONG, ideaService.event("w-" + STRONG, withdrawn, withdrawn.withdrawnAt()), withdrawn.withdrawnAt()); // again

        List<IdeaDecided> decided = decisions();
        assertThat(decided).extracting(IdeaDecided::outcome).containsExactly(DecisionOutcome.APPROVED, DecisionOutcome.WITHDRAWN);
        assertThat(decided.get(1).decidedBy()).isEqualTo("alice");
        assertThat(decided.get(1).reason()).isEqualTo("Withdrawn by alice: the vendor ships it now. The budget it held is released."
                + " Its evaluation is closed.");
        assertThat(theme("customer-experience").envelope(QUARTER).orElseThrow().reserved()).isZero();

        command(STRONG, new DecideIdea(STRONG, DecisionOutcome.APPROVED, "Let us do it anyway", List.of()), "erin", 1);
        assertThat(TopologyTests.payloads(rejections, CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.violations().get(0).message()).contains("was withdrawn"));
        assertThat(decisions()).isEmpty();
    }

    @Test
    void aMergedDuplicateGivesBackItsBudgetAsAWithdrawalDoes() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);
        IdeaMerged merged = new IdeaMerged(STRONG, 1, "identity", MIDDLING, List.of("bob"), "c-m", SubmittedIdeas.AT.plusSeconds(5), "rita");
        pipe(ideas, STRONG, ideaService.event("m-" + STRONG, merged, merged.mergedAt()), merged.mergedAt());

        assertThat(decisions()).extracting(IdeaDecided::outcome).containsExactly(DecisionOutcome.APPROVED, DecisionOutcome.WITHDRAWN);
        assertThat(evaluation(STRONG).decision().reason()).startsWith("Withdrawn by rita: merged into " + MIDDLING + " as a duplicate.");
        assertThat(theme("customer-experience").envelope(QUARTER).orElseThrow().reserved()).isZero();
    }

    @Test
    void anEditOfTheEstimatesIsAssessedAgainAndAWordingEditIsNot() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);
        records(evaluations);
        SubmitIdea before = SubmittedIdeas.strong(STRONG).idea();
        SubmitIdea reworded = new SubmitIdea("Password reset without the desk", before.problem(), before.proposal(), before.submitter(),
                before.team(), before.themes(), before.tags(), before.reach(), before.impact(), before.confidence(), before.effortWeeks(),
                before.costEstimate(), before.timeCriticality(), before.riskReduction(), before.dependsOn());
        pipe(ideas, STRONG, ideaService.event("u2-" + STRONG, new IdeaUpdated(STRONG, 2, "identity", reworded, List.of("title"), false,
                "c-u2", SubmittedIdeas.AT.plusSeconds(5), "alice"), SubmittedIdeas.AT.plusSeconds(5)), SubmittedIdeas.AT.plusSeconds(5));
        assertThat(records(evaluations)).isEmpty();

        // ten times the effort: a weaker idea, assessed again; its old reservation is given back before the new decision
        SubmitIdea bigger = new SubmitIdea(reworded.title(), reworded.problem(), reworded.proposal(), reworded.submitter(), reworded.team(),
                reworded.themes(), reworded.tags(), reworded.reach(), reworded.impact(), reworded.confidence(), 60.0,
                reworded.costEstimate(), reworded.timeCriticality(), reworded.riskReduction(), reworded.dependsOn());
        pipe(ideas, STRONG, ideaService.event("u3-" + STRONG, new IdeaUpdated(STRONG, 3, "identity", bigger, List.of("effortWeeks"), true,
                "c-u3", SubmittedIdeas.AT.plusSeconds(10), "alice"), SubmittedIdeas.AT.plusSeconds(10)), SubmittedIdeas.AT.plusSeconds(10));

        List<CloudEvent> out = records(evaluations).stream().map(TopologyTests::event).toList();
        assertThat(out).extracting(CloudEvent::getType).startsWith(EventTypes.IDEA_ASSESSED);
        IdeaAssessed again = CloudEventCodec.data(out.get(0), IdeaAssessed.class);
        assertThat(again.ideaVersion()).isEqualTo(3);
        assertThat(again.priority()).isLessThan(79.38);
        assertThat(evaluation(STRONG).ideaVersion()).isEqualTo(3);
    }

    @Test
    void anEnvelopeCannotBeSetBelowWhatIsReserved() {
        pipe(ideas, STRONG, ideaService.event(STRONG, SubmittedIdeas.strong(STRONG), SubmittedIdeas.AT), SubmittedIdeas.AT);

        command("customer-experience", new SetBudget("customer-experience", QUARTER, new Money(new BigDecimal("10000"), "EUR")), "erin", 1);

        assertThat(TopologyTests.payloads(rejections, CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.violations().get(0).message())
                        .isEqualTo("cannot be below the 30000 EUR already reserved from customer-experience for 2026-Q4"));
    }

    @Test
    void aWeightChangeReScoresOpenIdeasOfThatThemeAndLeavesDecidedOnesAlone() {
        pipe(ideas, MIDDLING, ideaService.event(MIDDLING, SubmittedIdeas.middling(MIDDLING), SubmittedIdeas.AT), SubmittedIdeas.AT);
        pipe(ideas, POOR, ideaService.event(POOR, SubmittedIdeas.poor(POOR), SubmittedIdeas.AT), SubmittedIdeas.AT);
        driver.advanceWallClockTime(Duration.ofSeconds(6));
        records(evaluations);

        command("platform-reliability", new SetTheme("platform-reliability", "Platform reliability", "Fewer incidents", 1.0, true), "erin", 1);
        driver.advanceWallClockTime(Duration.ofSeconds(6));

        List<IdeaAssessed> rescored = TopologyTests.payloads(evaluations, IdeaAssessed.class);
        assertThat(rescored).singleElement().satisfies(assessed -> {
            assertThat(assessed.ideaId()).isEqualTo(MIDDLING);
            assertThat(assessed.alignment().value()).isEqualTo(1.0);
        });
        assertThat(evaluation(MIDDLING).decision().outcome()).isEqualTo(DecisionOutcome.NEEDS_REVIEW);
        assertThat(evaluation(POOR).decision().outcome()).isEqualTo(DecisionOutcome.REJECTED);
        ThemeSet changed = TopologyTests.payloads(strategy, ThemeSet.class).get(0);
        assertThat(changed.weight()).isEqualTo(1.0);
        assertThat(changed.actor()).isEqualTo("erin");
        assertThat(changed.envelopes()).hasSize(2);
    }

    @Test
    void unknownCommandsAreRefusedInvalidOnesNamedAndGarbageDeadLettered() {
        CloudEvent unknown = CloudEventBuilder.v1(client.event(STRONG, new ReviewIdea(STRONG, null, 1, 1, 1, null), SubmittedIdeas.AT))
                .withType("innovation.idea.praise.v1").build();
        pipe(commands, STRONG, unknown, SubmittedIdeas.AT);
        CloudEvent invalid = CloudEventBuilder.v1(client.event(STRONG, new ReviewIdea(STRONG, null, 9, 1, 1, null), SubmittedIdeas.AT))
                .withExtension(EvaluationProcessor.ACTOR_EXTENSION, "rita").build();
        pipe(commands, STRONG, invalid, SubmittedIdeas.AT);
        pipeRaw(commands, STRONG, "%%%".getBytes(StandardCharsets.UTF_8), SubmittedIdeas.AT);

        List<CommandRejected> refused = TopologyTests.payloads(rejections, CommandRejected.class);
        assertThat(refused).extracting(r -> r.violations().get(0).field()).containsExactly("ce_type", "feasibility");
        assertThat(records(TopologyTests.output(driver, Topic.EVALUATION_COMMANDS.deadLetterTopicName()))).hasSize(1);
        assertThat(records(deadLetters)).isEmpty();
    }

    private void command(String key, Object payload, String actor, int sequence) {
        CloudEvent command = client.event("cmd-" + key + "-" + sequence, key, payload, SubmittedIdeas.AT);
        if (actor != null) {
            command = CloudEventBuilder.v1(command).withExtension(EvaluationProcessor.ACTOR_EXTENSION, actor).build();
        }
        pipe(commands, key, command, SubmittedIdeas.AT.plusSeconds(sequence));
    }

    private List<IdeaDecided> decisions() {
        return records(evaluations).stream().map(TopologyTests::event)
                .filter(e -> e.getType().equals(EventTypes.IDEA_DECIDED))
                .map(e -> CloudEventCodec.data(e, IdeaDecided.class))
                .toList();
    }

    private Evaluation evaluation(String id) {
        return driver.<String, Evaluation>getKeyValueStore(EvaluationTopology.EVALUATIONS_STORE).get(id);
    }

    private ThemeAccount theme(String id) {
        return driver.<String, ThemeAccount>getKeyValueStore(EvaluationTopology.THEMES_STORE).get(id);
    }
}
