package io.innovation.pipeline.gateway.compose;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's reading of roadmap-service's {@code GET /roadmap/items/{id}} (a tolerant reader): the idea's place
 * on its team's roadmap, unknown fields ignored. {@code ideaId} and {@code status} are required.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoadmapPart(
        String ideaId,
        String team,
        String status,
        String startPeriod,
        String endPeriod,
        List<Allocation> allocations,
        Integer rank,
        Double priority,
        String reason,
        Instant updatedAt) {

    private static final String SERVICE = Part.ROADMAP.service();

    public RoadmapPart {
        Required.field(ideaId, SERVICE, "ideaId");
        Required.field(status, SERVICE, "status");
    }

    /** What the pipeline view and the live feed know of a placement. */
    public static RoadmapPart known(String ideaId, String status, String startPeriod, String endPeriod, String reason) {
        return new RoadmapPart(ideaId, null, status, startPeriod, endPeriod, List.of(), null, null, reason, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Allocation(String period, Double weeks) {
        public Allocation {
            Required.field(period, SERVICE, "allocations[].period");
            Required.field(weeks, SERVICE, "allocations[].weeks");
        }
    }
}
