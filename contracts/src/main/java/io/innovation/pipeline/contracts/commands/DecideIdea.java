package io.innovation.pipeline.contracts.commands;

import io.innovation.pipeline.contracts.events.DecisionOutcome;
import java.util.List;

/**
 * Command: a person decides an idea at the gate. On {@code innovation.evaluation-commands.v1}, keyed by the idea
 * id; the decider is the command's {@code actor}. A decision other than the policy's proposal needs a
 * {@code rationale}; {@code NEEDS_INFO} sends the idea back to its submitter with {@code questions}.
 *
 * @param outcome APPROVED, REJECTED, NEEDS_INFO or PARKED
 */
public record DecideIdea(String ideaId, DecisionOutcome outcome, String rationale, List<String> questions) {

    public DecideIdea {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
