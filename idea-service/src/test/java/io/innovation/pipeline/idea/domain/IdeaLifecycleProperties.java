package io.innovation.pipeline.idea.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.innovation.pipeline.contracts.commands.AddComment;
import io.innovation.pipeline.contracts.commands.DeleteComment;
import io.innovation.pipeline.contracts.commands.EditComment;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.commands.UpdateIdea;
import io.innovation.pipeline.contracts.commands.VoteForIdea;
import io.innovation.pipeline.contracts.commands.WithdrawIdea;
import io.innovation.pipeline.contracts.commands.WithdrawVote;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.IdeaUpdated;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.idea.domain.IdeaLifecycle.Context;
import io.innovation.pipeline.idea.domain.IdeaLifecycle.Decision;
import io.innovation.pipeline.idea.domain.IdeaLifecycle.Refusal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of an idea's life hold for any sequence of commands. */
class IdeaLifecycleProperties {
    private static final long SEED = Long.getLong("QT_SEED", 20_261_207L);
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    static final List<String> PEOPLE = List.of("alice", "bob", "carol", "dave", "erin");
    static final Actor ALICE = new Actor("alice", Set.of("SUBMITTER"));
    static final Actor ADMIN = new Actor("root", Set.of(Actor.ADMIN));
    static final double[] EFFORTS = {1, 2, 3, 5, 8};

    static IdeaState fresh() {
        return IdeaState.submitted(new IdeaSubmitted(ID, 1, "http", "c-0", AT, SampleIdeas.VALID, "alice"));
    }

    static Context by(Actor actor) {
        return new Context(ID, actor, UUID.randomUUID().toString(), AT.plusSeconds(60));
    }

    static Actor person(int i) {
        return new Actor(PEOPLE.get(i % PEOPLE.size()), Set.of());
    }

    static SubmitIdea withEffort(double effortWeeks) {
        SubmitIdea v = SampleIdeas.VALID;
        return new SubmitIdea(v.title(), v.problem(), v.proposal(), v.submitter(), v.team(), v.themes(), v.tags(), v.reach(), v.impact(),
                v.confidence(), effortWeeks, v.costEstimate(), v.timeCriticality(), v.riskReduction(), v.dependsOn());
    }

    /** Applies a decision: the next state if accepted, else the same. */
    static IdeaState apply(IdeaState state, Decision decision) {
        return decision instanceof Decision.Accepted accepted ? accepted.next() : state;
    }

    @Test
    void theVoteCountIsTheNumberOfDistinctVotersForAnySequenceOfVotesAndWithdrawals() {
        // each step: a person (0..4) and whether they vote (even) or take the vote back (odd)
        qt().withFixedSeed(SEED).withExamples(500).forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 40)).checkAssert(steps -> {
            IdeaState state = fresh();
            Set<String> expected = new HashSet<>();
            for (int step : steps) {
                Actor who = person(step / 2);
                boolean vote = step % 2 == 0;
                Decision decision = IdeaLifecycle.decide(state, vote ? new VoteForIdea() : new WithdrawVote(), by(who));
                boolean changes = vote ? expected.add(who.name()) : expected.remove(who.name());
                assertThat(decision).isInstanceOf(changes ? Decision.Accepted.class : Decision.Unchanged.class);
                state = apply(state, decision);
                if (decision instanceof Decision.Accepted accepted) {
                    long announced = accepted.event() instanceof IdeaVoted voted ? voted.votes() : ((IdeaVoteWithdrawn) accepted.event()).votes();
                    assertThat(announced).isEqualTo(state.votes());
                }
                assertThat(state.votes()).isEqualTo(expected.size());
            }
            assertThat(state.voters()).isEqualTo(expected);
            assertThat(state.version()).isEqualTo(1);
        });
    }

    @Test
    void theVersionGrowsByOnePerAcceptedEditAndAStaleVersionNeverChangesAnything() {
        // each step: an effort (index) and how far behind the expected version is (0: current)
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(lists().of(integers().between(0, EFFORTS.length - 1)).ofSizeBetween(1, 20), longs().between(1, 5))
                .checkAssert((efforts, behind) -> {
                    IdeaState state = fresh();
                    long accepted = 0;
                    for (int effort : efforts) {
                        Decision stale = IdeaLifecycle.decide(state, new UpdateIdea(state.version() + behind, withEffort(EFFORTS[effort])), by(ALICE));
                        assertThat(stale).isInstanceOfSatisfying(Decision.Refused.class,
                                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.STALE_VERSION));
                        Decision edit = IdeaLifecycle.decide(state, new UpdateIdea(state.version(), withEffort(EFFORTS[effort])), by(ALICE));
                        if (edit instanceof Decision.Accepted ok) {
                            accepted++;
                            IdeaUpdated updated = (IdeaUpdated) ok.event();
                            assertThat(updated.version()).isEqualTo(state.version() + 1);
                            assertThat(updated.changedFields()).containsExactly("effortWeeks");
                            assertThat(updated.reopensEvaluation()).isTrue();
                        } else {
                            assertThat(edit).isInstanceOf(Decision.Unchanged.class);
                            assertThat(state.idea().effortWeeks()).isEqualTo(EFFORTS[effort]);
                        }
                        state = apply(state, edit);
                    }
                    assertThat(state.version()).isEqualTo(1 + accepted);
                });
    }

    @Test
    void onlyTheSubmitterOrAnAdminEditsOrWithdrawsAndNothingChangesAWithdrawnIdea() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(integers().between(0, PEOPLE.size()), integers().between(0, 5)).checkAssert((who, command) -> {
            Actor actor = who == PEOPLE.size() ? ADMIN : person(who);
            boolean allowed = actor.admin() || actor.name().equals("alice");
            IdeaState state = fresh();
            Decision edit = IdeaLifecycle.decide(state, new UpdateIdea(1L, withEffort(1)), by(actor));
            Decision withdraw = IdeaLifecycle.decide(state, new WithdrawIdea("no longer needed"), by(actor));
            for (Decision decision : List.of(edit, withdraw)) {
                if (allowed) {
                    assertThat(decision).isInstanceOf(Decision.Accepted.class);
                } else {
                    assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                            refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN));
                }
            }
            IdeaState withdrawn = apply(fresh(), IdeaLifecycle.decide(fresh(), new WithdrawIdea("gone"), by(ALICE)));
            Object later = List.of(new UpdateIdea(1L, withEffort(1)), new WithdrawIdea("again"), new VoteForIdea(), new WithdrawVote(),
                    new AddComment(UUID.randomUUID().toString(), "hello"), new DeleteComment(UUID.randomUUID().toString())).get(command);
            assertThat(IdeaLifecycle.decide(withdrawn, later, by(actor))).isInstanceOfSatisfying(Decision.Refused.class,
                    refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT));
        });
    }

    @Test
    void commentAuthorsEditAndDeleteTheirOwnAndAnAdminModerates() {
        String commentId = UUID.randomUUID().toString();
        IdeaState commented = apply(fresh(), IdeaLifecycle.decide(fresh(), new AddComment(commentId, "Could this reuse SSO?"), by(person(1))));
        assertThat(commented.visibleComments()).singleElement().satisfies(c -> assertThat(c.author()).isEqualTo("bob"));

        assertThat(IdeaLifecycle.decide(commented, new EditComment(commentId, "mine now"), by(person(2))))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.FORBIDDEN));
        assertThat(IdeaLifecycle.decide(commented, new EditComment(commentId, "mine now"), by(ADMIN)))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.FORBIDDEN));
        IdeaState edited = apply(commented, IdeaLifecycle.decide(commented, new EditComment(commentId, "Could this reuse the SSO?"), by(person(1))));
        assertThat(edited.visibleComments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Could this reuse the SSO?");
            assertThat(c.editedAt()).isNotNull();
        });
        assertThat(IdeaLifecycle.decide(edited, new DeleteComment(commentId), by(person(2))))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.FORBIDDEN));
        IdeaState moderated = apply(edited, IdeaLifecycle.decide(edited, new DeleteComment(commentId), by(ADMIN)));
        assertThat(moderated.visibleComments()).isEmpty();
        assertThat(IdeaLifecycle.decide(moderated, new DeleteComment(commentId), by(ADMIN))).isInstanceOf(Decision.Unchanged.class);
        assertThat(IdeaLifecycle.decide(moderated, new AddComment(commentId, "reuse the id"), by(person(1))))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.CONFLICT));
    }

    @Test
    void anEditCannotChangeTheSubmitterAndOnlyEstimatesThemesTeamOrDependenciesReopenEvaluation() {
        SubmitIdea v = SampleIdeas.VALID;
        SubmitIdea reworded = new SubmitIdea("Password reset by yourself", v.problem(), "Reset by SMS", v.submitter(), v.team(), v.themes(),
                List.of("support", "sms"), v.reach(), v.impact(), v.confidence(), v.effortWeeks(), v.costEstimate(), v.timeCriticality(),
                v.riskReduction(), v.dependsOn());
        Decision decision = IdeaLifecycle.decide(fresh(), new UpdateIdea(1L, reworded), by(ALICE));
        assertThat(decision).isInstanceOfSatisfying(Decision.Accepted.class, accepted -> {
            IdeaUpdated updated = (IdeaUpdated) accepted.event();
            assertThat(updated.changedFields()).containsExactly("title", "proposal", "tags");
            assertThat(updated.reopensEvaluation()).isFalse();
            assertThat(updated.actor()).isEqualTo("alice");
        });

        SubmitIdea stolen = new SubmitIdea(v.title(), v.problem(), v.proposal(), "mallory", v.team(), v.themes(), v.tags(), v.reach(),
                v.impact(), v.confidence(), v.effortWeeks(), v.costEstimate(), v.timeCriticality(), v.riskReduction(), v.dependsOn());
        assertThat(IdeaLifecycle.decide(fresh(), new UpdateIdea(1L, stolen), by(ADMIN)))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.violations()).extracting(x -> x.field()).containsExactly("idea.submitter"));
        assertThat(IdeaLifecycle.decide(null, new VoteForIdea(), by(ALICE)))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.NOT_FOUND));
    }

    @Test
    void onlyAReviewerOrAnAdminMergesAndTheTargetCountsEachVoterOnce() {
        String target = UUID.randomUUID().toString();
        qt().withFixedSeed(SEED).withExamples(200).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 5),
                lists().of(integers().between(0, 4)).ofSizeBetween(0, 5)).checkAssert((duplicateVoters, targetVoters) -> {
            IdeaState duplicate = fresh();
            for (int voter : duplicateVoters) {
                duplicate = apply(duplicate, IdeaLifecycle.decide(duplicate, new VoteForIdea(), by(person(voter))));
            }
            IdeaState other = fresh();
            for (int voter : targetVoters) {
                other = apply(other, IdeaLifecycle.decide(other, new VoteForIdea(), by(person(voter))));
            }
            assertThat(IdeaLifecycle.decide(duplicate, new io.innovation.pipeline.contracts.commands.MergeIdea(target), by(ALICE)))
                    .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.FORBIDDEN));
            assertThat(IdeaLifecycle.decide(duplicate, new io.innovation.pipeline.contracts.commands.MergeIdea(ID), by(ADMIN)))
                    .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.INVALID));
            Decision merge = IdeaLifecycle.decide(duplicate, new io.innovation.pipeline.contracts.commands.MergeIdea(target),
                    by(new Actor("rita", Set.of(Actor.REVIEWER))));
            assertThat(merge).isInstanceOf(Decision.Accepted.class);
            Decision.Accepted merged = (Decision.Accepted) merge;
            assertThat(merged.next().status()).isEqualTo(IdeaStatus.MERGED);
            IdeaState absorbed = apply(other, IdeaLifecycle.decide(other, merged.absorb(), by(Actor.system("/idea-service"))));
            Set<String> union = new HashSet<>(duplicate.voters());
            union.addAll(other.voters());
            assertThat(absorbed.voters()).isEqualTo(union);
            assertThat(absorbed.votes()).isEqualTo(union.size());
        });
    }

    @Test
    void theCommandThatLastChangedTheIdeaDeliveredAgainChangesNothing() {
        Context once = by(person(1));
        Decision first = IdeaLifecycle.decide(fresh(), new WithdrawIdea("gone"), new Context(ID, ALICE, once.commandId(), once.at()));
        IdeaState withdrawn = apply(fresh(), first);
        assertThat(IdeaLifecycle.decide(withdrawn, new WithdrawIdea("gone"), new Context(ID, ALICE, once.commandId(), once.at())))
                .isInstanceOf(Decision.Unchanged.class);
    }
}
