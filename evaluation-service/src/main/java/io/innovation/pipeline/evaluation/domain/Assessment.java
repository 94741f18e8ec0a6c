package io.innovation.pipeline.evaluation.domain;

import java.util.List;

/**
 * The scores of one idea and the composite priority (0..100) built from them; {@code priority} is the sum of the
 * terms' contributions. {@code effortWeeks} is the effort the scores used: the idea's estimate or the assumed one.
 */
public record Assessment(
        ScoreResult rice,
        ScoreResult wsjf,
        ScoreResult alignment,
        double priority,
        List<PriorityTerm> priorityTerms,
        double effortWeeks) {

    public Assessment {
        priorityTerms = List.copyOf(priorityTerms);
    }
}
