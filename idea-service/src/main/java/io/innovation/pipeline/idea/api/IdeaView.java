package io.innovation.pipeline.idea.api;

import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import java.time.Instant;
import java.util.List;

/** An idea as the HTTP API shows it: the fields of DESIGN §3 at the top level. */
public record IdeaView(
        String id,
        long version,
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
        List<String> dependsOn,
        String channel,
        Instant createdAt,
        Instant updatedAt) {

    static IdeaView of(IdeaSubmitted event) {
        var idea = event.idea();
        return new IdeaView(event.ideaId(), event.version(), idea.title(), idea.problem(), idea.proposal(),
                idea.submitter(), idea.team(), idea.themes(), idea.tags(), idea.reach(), idea.impact(),
                idea.confidence(), idea.effortWeeks(), idea.costEstimate(), idea.timeCriticality(),
                idea.riskReduction(), idea.dependsOn(), event.channel(), event.submittedAt(), event.submittedAt());
    }
}
