package io.innovation.pipeline.idea.stream;

import static io.innovation.pipeline.platform.testing.TopologyTests.event;
import static io.innovation.pipeline.platform.testing.TopologyTests.payloads;
import static io.innovation.pipeline.platform.testing.TopologyTests.pipe;
import static io.innovation.pipeline.platform.testing.TopologyTests.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.commands.AddComment;
import io.innovation.pipeline.contracts.commands.DeleteComment;
import io.innovation.pipeline.contracts.commands.EditComment;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.commands.UpdateIdea;
import io.innovation.pipeline.contracts.commands.VoteForIdea;
import io.innovation.pipeline.contracts.commands.WithdrawIdea;
import io.innovation.pipeline.contracts.commands.WithdrawVote;
import io.innovation.pipeline.contracts.events.CommandRejected;
import io.innovation.pipeline.contracts.events.CommentAdded;
import io.innovation.pipeline.contracts.events.CommentDeleted;
import io.innovation.pipeline.contracts.events.CommentEdited;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.domain.IdeaState;
import io.innovation.pipeline.idea.domain.IdeaStatus;
import io.innovation.pipeline.idea.domain.SampleIdeas;
import io.innovation.pipeline.platform.stream.JsonSerde;
import io.innovation.pipeline.platform.stream.PipelineMetrics;
import io.innovation.pipeline.platform.testing.TopologyTests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits, withdrawals, votes and comments as Kafka commands: accepted, refused with reasons, delivered twice. */
class IdeaLifecycleTopologyTest {
    static final String HTTP_SOURCE = "/idea-service/http";
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    final CloudEventCodec outsider = new CloudEventCodec("/crm-system");
    final CloudEventCodec http = new CloudEventCodec(HTTP_SOURCE);
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> commands;
    TestOutputTopic<String, byte[]> ideas;
    TestOutputTopic<String, byte[]> rejections;
    int sent;

    @BeforeEach
    void start() {
        driver = TopologyTests.driver(IdeaTopology.FUNCTION, IdeaTopology.function(new CloudEventCodec("/idea-service"), HTTP_SOURCE,
                new PipelineMetrics(new SimpleMeterRegistry())));
        commands = TopologyTests.input(driver, Topic.IDEA_COMMANDS);
        ideas = TopologyTests.output(driver, Topic.IDEAS);
        rejections = TopologyTests.output(driver, Topic.COMMAND_REJECTIONS);
        pipe(commands, ID, outsider.event("submit", ID, SampleIdeas.VALID, AT), AT);
        records(ideas);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A command over the HTTP API by {@code user} with {@code roles}. */
    CloudEvent byUser(String user, String roles, Object command) {
        CloudEventBuilder event = CloudEventBuilder.v1(http.event("cmd-" + ++sent, ID, command, AT))
                .withExtension(IdeaTopology.ACTOR_EXTENSION, user);
        if (!roles.isEmpty()) {
            event.withExtension(IdeaTopology.ROLES_EXTENSION, roles);
        }
        return event.build();
    }

    void send(CloudEvent command) {
        pipe(commands, ID, command, AT.plusSeconds(++sent));
    }

    IdeaState stored() {
        return (IdeaState) driver.getKeyValueStore(IdeaTopology.IDEAS_STORE).get(ID);
    }

    /** The events of one type among those published since the last read (which reads them all). */
    <T> List<T> published(String type, Class<T> payload) {
        return records(ideas).stream().map(r -> event(r)).filter(e -> type.equals(e.getType()))
                .map(e -> CloudEventCodec.data(e, payload)).toList();
    }

    static SubmitIdea withEffort(double effortWeeks) {
        SubmitIdea v = SampleIdeas.VALID;
        return new SubmitIdea(v.title(), v.problem(), v.proposal(), v.submitter(), v.team(), v.themes(), v.tags(), v.reach(), v.impact(),
                v.confidence(), effortWeeks, v.costEstimate(), v.timeCriticality(), v.riskReduction(), v.dependsOn());
    }

    @Test
    void theSubmitterEditsAtTheCurrentVersionAndAStaleOrForeignEditIsRejectedWithTheReason() {
        CloudEvent edit = byUser("alice", "SUBMITTER", new UpdateIdea(1L, withEffort(9.0)));
        send(edit);
        send(edit); // delivered again
        send(byUser("alice", "SUBMITTER", new UpdateIdea(1L, withEffort(12.0))));
        send(byUser("bob", "SUBMITTER", new UpdateIdea(2L, withEffort(12.0))));

        List<IdeaUpdated> updated = published(EventTypes.IDEA_UPDATED, IdeaUpdated.class);
        assertThat(updated).singleElement().satisfies(event -> {
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.team()).isEqualTo("identity");
            assertThat(event.changedFields()).containsExactly("effortWeeks");
            assertThat(event.reopensEvaluation()).isTrue();
            assertThat(event.actor()).isEqualTo("alice");
            assertThat(event.commandId()).isEqualTo(edit.getId());
        });
        assertThat(payloads(rejections, CommandRejected.class))
                .extracting(rejected -> rejected.violations().get(0).field(), CommandRejected::commandType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("expectedVersion", EventTypes.UPDATE_IDEA),
                        org.assertj.core.groups.Tuple.tuple("actor", EventTypes.UPDATE_IDEA));
        assertThat(stored().version()).isEqualTo(2);
        assertThat(stored().idea().effortWeeks()).isEqualTo(9.0);
    }

    @Test
    void anotherSystemActsWithAnAdminsRightsUnderItsSourceAndAnInvalidCommandIsRejectedNamingTheField() {
        send(outsider.event("cmd-x", ID, new UpdateIdea(1L, withEffort(3.0)), AT));
        send(outsider.event("cmd-y", ID, new AddComment(UUID.randomUUID().toString(), "   "), AT));
        send(outsider.event("cmd-z", UUID.randomUUID().toString(), new VoteForIdea(), AT));
        String unknown = UUID.randomUUID().toString();
        pipe(commands, unknown, outsider.event("cmd-u", unknown, new VoteForIdea(), AT), AT);

        assertThat(published(EventTypes.IDEA_UPDATED, IdeaUpdated.class)).extracting(IdeaUpdated::actor).containsExactly("/crm-system");
        assertThat(payloads(rejections, CommandRejected.class))
                .extracting(rejected -> rejected.violations().stream().map(Violation::field).toList())
                .containsExactly(List.of("text"), List.of("ideaId"));
    }

    @Test
    void twoPeopleVoteOneTwiceAndTheCountIsTwo() {
        send(byUser("rita", "REVIEWER", new VoteForIdea()));
        send(byUser("paul", "PLANNER", new VoteForIdea()));
        send(byUser("rita", "REVIEWER", new VoteForIdea()));
        send(byUser("paul", "PLANNER", new WithdrawVote()));
        send(byUser("paul", "PLANNER", new WithdrawVote()));

        List<CloudEvent> events = records(ideas).stream().map(r -> event(r)).toList();
        assertThat(events).extracting(CloudEvent::getType)
                .containsExactly(EventTypes.IDEA_VOTED, EventTypes.IDEA_VOTED, EventTypes.IDEA_VOTE_WITHDRAWN);
        assertThat(events.subList(0, 2)).extracting(e -> CloudEventCodec.data(e, IdeaVoted.class))
                .extracting(IdeaVoted::actor, IdeaVoted::votes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rita", 1L), org.assertj.core.groups.Tuple.tuple("paul", 2L));
        assertThat(CloudEventCodec.data(events.get(2), IdeaVoteWithdrawn.class).votes()).isEqualTo(1L);
        assertThat(stored().voters()).containsExactly("rita");
        assertThat(stored().version()).isEqualTo(1);
        assertThat(records(rejections)).isEmpty();
    }

    @Test
    void withdrawingAVoteAnnouncesTheNewCount() {
        send(byUser("rita", "REVIEWER", new VoteForIdea()));
        send(byUser("rita", "REVIEWER", new WithdrawVote()));
        assertThat(records(ideas).stream().map(r -> event(r).getType()).toList())
                .containsExactly(EventTypes.IDEA_VOTED, EventTypes.IDEA_VOTE_WITHDRAWN);
        assertThat(stored().votes()).isZero();
    }

    @Test
    void authorsEditTheirCommentsAndAnAdminDeletesAny() {
        String commentId = UUID.randomUUID().toString();
        send(byUser("paul", "PLANNER", new AddComment(commentId, "Does this need the mail service?")));
        send(byUser("rita", "REVIEWER", new EditComment(commentId, "Rewritten by someone else")));
        send(byUser("paul", "PLANNER", new EditComment(commentId, "Does this need the notification service?")));
        send(byUser("rita", "REVIEWER", new DeleteComment(commentId)));
        send(byUser("admin", "ADMIN", new DeleteComment(commentId)));

        assertThat(published(EventTypes.COMMENT_ADDED, CommentAdded.class)).extracting(CommentAdded::actor).containsExactly("paul");
        assertThat(payloads(rejections, CommandRejected.class)).extracting(r -> r.violations().get(0).field()).containsExactly("actor", "actor");
        assertThat(stored().comments()).singleElement().satisfies(comment -> {
            assertThat(comment.deleted()).isTrue();
            assertThat(comment.text()).isNull();
        });
    }

    @Test
    void editAndDeleteEventsCarryTheCommentAndItsActor() {
        String commentId = UUID.randomUUID().toString();
        send(byUser("paul", "PLANNER", new AddComment(commentId, "first")));
        send(byUser("paul", "PLANNER", new EditComment(commentId, "second")));
        send(byUser("admin", "ADMIN", new DeleteComment(commentId)));
        List<CloudEvent> events = records(ideas).stream().map(r -> event(r)).toList();
        assertThat(events).extracting(CloudEvent::getType)
                .containsExactly(EventTypes.COMMENT_ADDED, EventTypes.COMMENT_EDITED, EventTypes.COMMENT_DELETED);
        assertThat(CloudEventCodec.data(events.get(1), CommentEdited.class).text()).isEqualTo("second");
        assertThat(CloudEventCodec.data(events.get(2), CommentDeleted.class).actor()).isEqualTo("admin");
    }

    @Test
    void aWithdrawnIdeaOnlyReads() {
        send(byUser("bob", "SUBMITTER", new WithdrawIdea("not mine")));
        send(byUser("alice", "SUBMITTER", new WithdrawIdea("Solved by the new identity provider")));
        send(byUser("rita", "REVIEWER", new VoteForIdea()));

        assertThat(published(EventTypes.IDEA_WITHDRAWN, IdeaWithdrawn.class)).singleElement().satisfies(withdrawn -> {
            assertThat(withdrawn.reason()).isEqualTo("Solved by the new identity provider");
            assertThat(withdrawn.team()).isEqualTo("identity");
            assertThat(withdrawn.version()).isEqualTo(1);
            assertThat(withdrawn.actor()).isEqualTo("alice");
        });
        assertThat(payloads(rejections, CommandRejected.class)).extracting(r -> r.violations().get(0).field()).containsExactly("actor", "status");
        assertThat(stored().status()).isEqualTo(IdeaStatus.WITHDRAWN);
    }

    @Test
    void aMergedDuplicatesVotersCountOnTheTargetEachPersonOnce() {
        String target = UUID.randomUUID().toString();
        pipe(commands, target, outsider.event("submit-target", target, SampleIdeas.VALID, AT), AT);
        pipe(commands, target, CloudEventBuilder.v1(http.event("vote-target", target, new VoteForIdea(), AT))
                .withExtension(IdeaTopology.ACTOR_EXTENSION, "rita").build(), AT);
        send(byUser("rita", "REVIEWER", new VoteForIdea()));
        send(byUser("paul", "PLANNER", new VoteForIdea()));
        records(ideas);

        send(byUser("alice", "SUBMITTER", new io.innovation.pipeline.contracts.commands.MergeIdea(target)));
        send(byUser("rita", "REVIEWER", new io.innovation.pipeline.contracts.commands.MergeIdea(target)));

        List<CloudEvent> events = records(ideas).stream().map(r -> event(r)).toList();
        assertThat(events).extracting(CloudEvent::getType).containsExactly(EventTypes.IDEA_MERGED, EventTypes.IDEA_VOTERS_ABSORBED);
        assertThat(CloudEventCodec.data(events.get(0), io.innovation.pipeline.contracts.events.IdeaMerged.class).mergedInto()).isEqualTo(target);
        var absorbed = CloudEventCodec.data(events.get(1), io.innovation.pipeline.contracts.events.IdeaVotersAbsorbed.class);
        assertThat(absorbed.ideaId()).isEqualTo(target);
        assertThat(absorbed.votes()).isEqualTo(2);
        assertThat(payloads(rejections, CommandRejected.class)).extracting(r -> r.violations().get(0).field()).containsExactly("actor");
        assertThat(stored().status()).isEqualTo(IdeaStatus.MERGED);
        assertThat(((IdeaState) driver.getKeyValueStore(IdeaTopology.IDEAS_STORE).get(target)).voters()).containsExactly("paul", "rita");
    }

    @Test
    void votersForATargetThatIsGoneAreRefusedAndTheDuplicateStaysMerged() {
        String gone = UUID.randomUUID().toString();
        send(byUser("rita", "REVIEWER", new VoteForIdea()));
        send(byUser("admin", "ADMIN", new io.innovation.pipeline.contracts.commands.MergeIdea(gone)));
        assertThat(payloads(rejections, CommandRejected.class)).singleElement().satisfies(rejected -> {
            assertThat(rejected.commandType()).isEqualTo(EventTypes.ABSORB_VOTERS);
            assertThat(rejected.subject()).isEqualTo(gone);
        });
        assertThat(stored().status()).isEqualTo(IdeaStatus.MERGED);
        assertThat(stored().mergedInto()).isEqualTo(gone);
    }

    /** Ideas stored before the lifecycle existed (as IdeaSubmitted) read as open ideas without votes or comments. */
    @Test
    void anIdeaStoredBeforeTheLifecycleReadsAsOpen() {
        IdeaSubmitted old = new IdeaSubmitted(ID, 1, "http", "c-1", AT, SampleIdeas.VALID, "alice");
        byte[] stored = CloudEventCodec.json().writeValueAsBytes(old);
        IdeaState read = JsonSerde.of(IdeaState.class).deserializer().deserialize("ideas", stored);
        assertThat(read.asSubmitted()).isEqualTo(old);
        assertThat(read.status()).isEqualTo(IdeaStatus.OPEN);
        assertThat(read.votes()).isZero();
        assertThat(read.comments()).isEmpty();
        assertThat(read.updatedAt()).isEqualTo(AT);
    }
}
