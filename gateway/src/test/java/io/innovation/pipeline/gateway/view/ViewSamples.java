package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaAssessed;
import io.innovation.pipeline.contracts.events.IdeaDecided;
import io.innovation.pipeline.contracts.events.IdeaVoteWithdrawn;
import io.innovation.pipeline.contracts.events.IdeaVoted;
import io.innovation.pipeline.contracts.events.CommentAdded;
import io.innovation.pipeline.contracts.events.CommentDeleted;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.ItemBacklogged;
import io.innovation.pipeline.contracts.events.ItemRescheduled;
import io.innovation.pipeline.contracts.events.ItemScheduled;
import io.innovation.pipeline.contracts.events.PeriodAllocation;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Events and summaries for the view's tests, random ones from a seed. */
final class ViewSamples {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final List<String> TEAMS = List.of("payments", "identity", "web");
    static final List<String> THEMES = List.of("growth", "cost", "risk");
    static final List<String> TAGS = List.of("mobile", "api", "=cmd", "ux");
    static final List<String> PEOPLE = List.of("alice", "bob", "carol");

    private ViewSamples() {}

    static IdeaSubmitted submitted(String id, String title, String team, String submitter, List<String> themes, List<String> tags,
                                   String cost, double effort, Instant at) {
        return new IdeaSubmitted(id, 1, "http", "c-" + id, at, new SubmitIdea(title, "p", "q", submitter, team, themes, tags,
                100L, 1.0, 80, effort, cost == null ? null : new Money(new BigDecimal(cost), "EUR"), 1, 1, List.of()));
    }

    static IdeaAssessed assessed(String id, String team, double priority, Instant at) {
        return new IdeaAssessed(id, 1, team, null, null, null, priority, List.of(), at);
    }

    static IdeaDecided decided(String id, String team, DecisionOutcome outcome, double priority, double effort, Instant at) {
        return new IdeaDecided(id, 1, null, team, outcome, "because", "gate-policy", priority, effort, List.of(), at);
    }

    static ItemScheduled scheduled(String id, String team, double priority, double effort, String period, Instant at) {
        return new ItemScheduled(id, team, "t", period, period, List.of(new PeriodAllocation(period, effort)), effort, priority, 1,
                "rank 1", at);
    }

    static ItemRescheduled rescheduled(String id, String team, double priority, double effort, String period, Instant at) {
        return new ItemRescheduled(id, team, "t", "2026-Q1", "2026-Q1", period, period,
                List.of(new PeriodAllocation(period, effort)), effort, priority, 1, "moved", at);
    }

    static ItemBacklogged backlogged(String id, String team, double priority, double effort, Instant at) {
        return new ItemBacklogged(id, team, "t", effort, priority, 9, "no room", at);
    }

    static IdeaVoted voted(String id, long votes, String voter, Instant at) {
        return new IdeaVoted(id, votes, "v-" + id + "-" + votes, at, voter);
    }

    static CommentAdded commented(String id, String commentId, Instant at) {
        return new CommentAdded(id, commentId, "text", "c-" + commentId, at, "bob");
    }

    static CommentDeleted commentDeleted(String id, String commentId, Instant at) {
        return new CommentDeleted(id, commentId, "d-" + commentId, at, "bob");
    }

    /** One idea's events per topic, in each topic's order, with consistent data (as the back-ends would write). */
    record IdeaLog(String id, List<Object> ideas, List<Object> evaluations, List<Object> roadmap) {
        List<Object> all() {
            List<Object> all = new ArrayList<>(ideas);
            all.addAll(evaluations);
            all.addAll(roadmap);
            return all;
        }
    }

    static IdeaLog randomLog(Random random, String id) {
        String team = pick(random, TEAMS);
        double priority = random.nextInt(1000) / 10.0;
        double effort = 1 + random.nextInt(20);
        Instant at = T0.plus(Duration.ofHours(random.nextInt(2000)));
        List<Object> ideas = new ArrayList<>();
        List<Object> evaluations = new ArrayList<>();
        List<Object> roadmap = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            ideas.add(submitted(id, "Idea " + id, team, pick(random, PEOPLE), List.of(pick(random, THEMES)),
                    random.nextBoolean() ? List.of(pick(random, TAGS)) : List.of(), String.valueOf(1000 * random.nextInt(50)),
                    effort, at));
        }
        if (!ideas.isEmpty()) { // votes and comments after the submission, each event with the total it leaves
            long votes = 0;
            int comments = 0;
            for (int i = random.nextInt(6); i > 0; i--) {
                Instant when = at.plus(Duration.ofMinutes(1 + random.nextInt(3000)));
                switch (random.nextInt(4)) {
                    case 0 -> ideas.add(voted(id, ++votes, pick(random, PEOPLE), when));
                    case 1 -> ideas.add(votes == 0 ? voted(id, ++votes, pick(random, PEOPLE), when)
                            : new IdeaVoteWithdrawn(id, --votes, "w-" + id + "-" + i, when, pick(random, PEOPLE)));
                    case 2 -> ideas.add(commented(id, id + "-c" + comments++, when));
                    default -> ideas.add(comments == 0 ? commented(id, id + "-c" + comments++, when)
                            : commentDeleted(id, id + "-c" + --comments, when));
                }
            }
        }
        int stage = random.nextInt(6);
        Instant t = at;
        if (stage >= 1) {
            t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
            evaluations.add(assessed(id, team, priority, t));
        }
        if (stage >= 2) {
            DecisionOutcome outcome = stage >= 4 ? DecisionOutcome.APPROVED : DecisionOutcome.values()[random.nextInt(3)];
            if (random.nextBoolean()) {
                t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
                evaluations.add(decided(id, team, DecisionOutcome.NEEDS_REVIEW, priority, effort, t));
            }
            t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
            evaluations.add(decided(id, team, outcome, priority, effort, t));
        }
        if (stage >= 4) {
            int moves = random.nextInt(3);
            for (int i = 0; i <= moves; i++) {
                t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
                String period = "2026-Q" + (1 + random.nextInt(4));
                roadmap.add(switch (random.nextInt(3)) {
                    case 0 -> scheduled(id, team, priority, effort, period, t);
                    case 1 -> i == 0 ? scheduled(id, team, priority, effort, period, t) : rescheduled(id, team, priority, effort, period, t);
                    default -> backlogged(id, team, priority, effort, t);
                });
            }
        }
        return new IdeaLog(id, ideas, evaluations, roadmap);
    }

    /** A random interleaving of the three topics that keeps each topic's own order. */
    static List<Object> interleave(Random random, IdeaLog log) {
        List<List<Object>> queues = new ArrayList<>(List.of(new ArrayList<>(log.ideas()), new ArrayList<>(log.evaluations()),
                new ArrayList<>(log.roadmap())));
        List<Object> out = new ArrayList<>();
        while (queues.stream().anyMatch(queue -> !queue.isEmpty())) {
            List<Object> queue = queues.get(random.nextInt(3));
            if (!queue.isEmpty()) {
                out.add(queue.remove(0));
            }
        }
        return out;
    }

    static IdeaSummary fold(List<Object> events) {
        IdeaSummary summary = null;
        for (Object event : events) {
            summary = PipelineFold.apply(summary, event, T0);
        }
        return summary;
    }

    /** Random summaries, folded from random logs. */
    static List<IdeaSummary> randomSummaries(Random random, int count) {
        List<IdeaSummary> summaries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IdeaSummary summary = fold(randomLog(random, "idea-" + i).all());
            if (summary != null) { // a log with no event at all
                summaries.add(summary);
            }
        }
        return summaries;
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static PipelineStatus anyStatus(Random random) {
        return PipelineStatus.values()[random.nextInt(PipelineStatus.values().length)];
    }
}
