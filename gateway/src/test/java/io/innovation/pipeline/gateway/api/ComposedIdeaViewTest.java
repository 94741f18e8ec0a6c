package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ComposedIdeaViewTest extends GatewayIntegrationTest {

    static final String ID = "7d0c6a52-8c1e-4f4e-9a57-5f2f3c1f0a01";

    static final String IDEA = """
            {"id": "%s", "version": 2, "title": "Faster checkout", "team": "payments", "votes": 12, "favouriteColour": "teal"}
            """.formatted(ID);

    static final String APPROVED = """
            {"ideaId": "%s", "ideaVersion": 2, "assessment": {"composite": 72.5},
             "decision": {"outcome": "APPROVED", "reason": "composite 72.5 is above the approval threshold 70", "priority": 72.5}}
            """.formatted(ID);

    static final String NEEDS_REVIEW = """
            {"ideaId": "%s", "ideaVersion": 2, "assessment": {"composite": 55},
             "decision": {"outcome": "NEEDS_REVIEW", "reason": "cost above 50000 EUR needs two reviews"}}
            """.formatted(ID);

    static final String SCHEDULED = """
            {"ideaId": "%s", "team": "payments", "title": "Faster checkout", "status": "SCHEDULED",
             "startPeriod": "2026-Q3", "endPeriod": "2026-Q4", "allocations": [{"period": "2026-Q3", "weeks": 6}],
             "rank": 1, "reason": "highest priority of the team, placed in the first period with room"}
            """.formatted(ID);

    @Autowired
    MeterRegistry meters;

    @Test
    void composesTheThreePartsAndTakesTheStatusFromTheFurthestStage() {
        ideaService.answerJson("/ideas/" + ID, IDEA);
        evaluationService.answerJson("/evaluations/" + ID, APPROVED);
        roadmapService.answerJson("/roadmap/items/" + ID, SCHEDULED);

        gateway.get().uri("/api/ideas/{id}", ID).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(ID)
                .jsonPath("$.status").isEqualTo("SCHEDULED")
                .jsonPath("$.statusReason").isEqualTo("Scheduled on the roadmap from 2026-Q3 to 2026-Q4: "
                        + "highest priority of the team, placed in the first period with room.")
                .jsonPath("$.idea.title").isEqualTo("Faster checkout")
                .jsonPath("$.idea.votes").isEqualTo(12)
                .jsonPath("$.idea.favouriteColour").doesNotExist() // a tolerant reader: what the gateway does not read is left out
                .jsonPath("$.evaluation.decision.outcome").isEqualTo("APPROVED")
                .jsonPath("$.roadmap.allocations[0].weeks").isEqualTo(6.0)
                .jsonPath("$.unavailable").isEmpty();
    }

    @Test
    void answersWithoutTheEvaluationWhenEvaluationServiceIsDown() {
        ideaService.answerJson("/ideas/" + ID, IDEA);
        double partialBefore = partialResponses("evaluation");

        try (StubBackend.Outage outage = evaluationService.down()) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("SUBMITTED")
                    .jsonPath("$.statusReason").isEqualTo("Submitted, waiting for evaluation. "
                            + "The status may be behind: evaluation-service did not answer.")
                    .jsonPath("$.idea.title").isEqualTo("Faster checkout")
                    .jsonPath("$.evaluation").value(nullValue())
                    .jsonPath("$.roadmap").value(nullValue())
                    .jsonPath("$.unavailable").value(contains("evaluation"));
        }
        assertThat(partialResponses("evaluation")).isEqualTo(partialBefore + 1);
    }

    @Test
    void treatsABackEndThatDoesNotAnswerInTimeAsUnavailable() {
        ideaService.answerJson("/ideas/" + ID, IDEA);
        evaluationService.answerJson("/evaluations/" + ID, APPROVED);
        roadmapService.hang("GET", "/roadmap/items/" + ID);

        gateway.get().uri("/api/ideas/{id}", ID).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("APPROVED")
                .jsonPath("$.statusReason").isEqualTo("Approved, waiting for a place on the roadmap: "
                        + "composite 72.5 is above the approval threshold 70. "
                        + "The status may be behind: roadmap-service did not answer.")
                .jsonPath("$.roadmap").value(nullValue())
                .jsonPath("$.unavailable").value(contains("roadmap"));
    }

    @Test
    void answersFromTheOtherPartsWhenIdeaServiceIsDown() {
        evaluationService.answerJson("/evaluations/" + ID, NEEDS_REVIEW);

        try (StubBackend.Outage outage = ideaService.down()) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("IN_EVALUATION")
                    .jsonPath("$.statusReason").isEqualTo("Waiting for a reviewer: cost above 50000 EUR needs two reviews.")
                    .jsonPath("$.idea").value(nullValue())
                    .jsonPath("$.unavailable").value(contains("idea"));
        }
    }

    @Test
    void answers503WhenIdeaServiceIsDownAndNoOtherPartHasData() {
        try (StubBackend.Outage outage = ideaService.down()) {
            gateway.get().uri("/api/ideas/{id}", ID).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail").isEqualTo("Nothing is known about idea " + ID + " right now: "
                            + "idea-service could not be reached; evaluation-service has no data on it; "
                            + "roadmap-service has no data on it.");
        }
    }

    @Test
    void answers404WhenIdeaServiceDoesNotKnowTheIdea() {
        evaluationService.answerJson("/evaluations/" + ID, APPROVED);

        gateway.get().uri("/api/ideas/{id}", ID).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("There is no idea with id " + ID + ".");
    }

    private double partialResponses(String part) {
        return meters.get("innovation.gateway.partial.responses").tag("part", part).counter().count();
    }
}
