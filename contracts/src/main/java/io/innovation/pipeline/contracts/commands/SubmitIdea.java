package io.innovation.pipeline.contracts.commands;

import java.util.List;

/**
 * Command: somebody proposes an idea. Produced to {@code innovation.idea-commands.v1} keyed by the idea id,
 * as CloudEvent type {@value io.innovation.pipeline.contracts.EventTypes#SUBMIT_IDEA}.
 * Estimates are boxed so that a missing value can be told from zero.
 */
public record SubmitIdea(
        String title,
        String problem,
        String proposal,
        String submitter,
        String team,
        List<String> themes,
        List<String> tags,
        Long reach,
        Double impact,
        Integer confidence,
        Double effortWeeks,
        Money costEstimate,
        Integer timeCriticality,
        Integer riskReduction,
        List<String> dependsOn) {

    public SubmitIdea {
        themes = themes == null ? List.of() : List.copyOf(themes);
        tags = tags == null ? List.of() : List.copyOf(tags);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
