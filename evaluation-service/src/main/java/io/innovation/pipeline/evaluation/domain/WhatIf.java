package io.innovation.pipeline.evaluation.domain;

import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Re-ranks the open and approved ideas under other rules (weights, thresholds, theme weights) and says which decisions
 * would change. Pure: nothing is published or stored.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * One idea now and under the other rules. {@code wouldBe}: what the gate would do now (an outcome when it would
     * decide alone, NEEDS_REVIEW otherwise), {@code proposal} what it would propose a person decide.
     */
    public record Ranked(String ideaId, String title, Outcome current, double priority, int rank, double whatIfPriority,
                         int whatIfRank, Outcome wouldBe, Outcome proposal, boolean decisionChanges) {
    }

    /** @param ideas evaluations of any state; only the open and approved ones are ranked */
    public static List<Ranked> rank(List<IdeaEvaluation> ideas, Map<String, String> titles, Strategy strategy,
                                    ScoringSettings scoring, GatePolicy gate) {
        List<IdeaEvaluation> ranked = ideas.stream()
                .filter(idea -> idea.decision() != null
                        && (idea.open() || idea.decision().outcome() == Outcome.APPROVED))
                .toList();
        List<double[]> priorities = new ArrayList<>();
        List<GateDecision> gates = new ArrayList<>();
        for (IdeaEvaluation idea : ranked) {
            Assessment assessment = Scorer.assess(idea.facts(), strategy, scoring, idea.reviews());
            priorities.add(new double[] {idea.assessment().priority(), assessment.priority()});
            gates.add(gate.decide(assessment, idea.facts().costAmount(), idea.facts().costCurrency(), idea.reviews().count()));
        }
        List<Integer> now = order(ranked, priorities, 0);
        List<Integer> then = order(ranked, priorities, 1);
        List<Ranked> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            IdeaEvaluation idea = ranked.get(i);
            Outcome current = idea.decision().outcome();
            GateDecision wouldBe = gates.get(i);
            boolean changes = current == Outcome.APPROVED
                    ? wouldBe.outcome() != Outcome.APPROVED && wouldBe.proposal() != Outcome.APPROVED
                    : wouldBe.automatic();
            result.add(new Ranked(idea.facts().ideaId(), titles.getOrDefault(idea.facts().ideaId(), idea.facts().title()), current,
                    priorities.get(i)[0], now.indexOf(i) + 1, priorities.get(i)[1], then.indexOf(i) + 1, wouldBe.outcome(),
                    wouldBe.proposal(), changes));
        }
        result.sort(Comparator.comparingInt(Ranked::whatIfRank));
        return result;
    }

    /** Indexes of {@code ideas} by descending priority (column {@code column}), ties by idea id. */
    private static List<Integer> order(List<IdeaEvaluation> ideas, List<double[]> priorities, int column) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.<Integer>comparingDouble(i -> -priorities.get(i)[column])
                .thenComparing(i -> ideas.get(i).facts().ideaId()));
        return indexes;
    }
}
