package io.innovation.pipeline.gateway.compose;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's reading of idea-service's {@code GET /ideas/{id}} (a tolerant reader): the fields the composed view
 * shows (the idea, its estimates, its own lifecycle status: {@code OPEN}, {@code WITHDRAWN} or {@code MERGED} with the
 * idea it was merged into, and its votes and comments), unknown fields ignored. {@code id}, {@code title} and
 * {@code team} are required.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IdeaPart(
        String id,
        Long version,
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
        Instant updatedAt,
        String status,
        String mergedInto,
        Integer votes,
        Integer commentCount) {

    private static final String SERVICE = Part.IDEA.service();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Money(BigDecimal amount, String currency) {}

    public IdeaPart {
        Required.field(id, SERVICE, "id");
        Required.field(title, SERVICE, "title");
        Required.field(team, SERVICE, "team");
    }
}
