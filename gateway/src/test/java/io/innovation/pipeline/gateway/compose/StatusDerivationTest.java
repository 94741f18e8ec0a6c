package io.innovation.pipeline.gateway.compose;

import static io.innovation.pipeline.gateway.compose.PipelineStatus.APPROVED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.BACKLOGGED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.IN_EVALUATION;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.REJECTED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.SCHEDULED;
import static io.innovation.pipeline.gateway.compose.PipelineStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StatusDerivationTest {

    static final JsonMapper json = JsonMapper.builder().build();
    static final Set<Part> ALL_ANSWERED = Set.of();

    static final EvaluationPart APPROVED_EVALUATION = evaluation("""
            {"ideaId": "a1", "assessment": {"composite": 72}, "decision": {"outcome": "APPROVED", "reason": "composite 72 is above 70"}}""");

    @Test
    void aScheduledRoadmapItemOutranksTheDecision() {
        RoadmapPart roadmap = roadmap("""
                {"ideaId": "a1", "status": "SCHEDULED", "startPeriod": "2026-Q3", "endPeriod": "2026-Q4", "reason": "first period with room"}""");

        assertThat(StatusDerivation.derive(APPROVED_EVALUATION, roadmap, ALL_ANSWERED)).isEqualTo(new DerivedStatus(
                SCHEDULED, "Scheduled on the roadmap from 2026-Q3 to 2026-Q4: first period with room."));
    }

    @Test
    void aScheduleWithinOnePeriodNamesThatPeriod() {
        RoadmapPart roadmap = roadmap("""
                {"ideaId": "a1", "status": "SCHEDULED", "startPeriod": "2026-Q3", "endPeriod": "2026-Q3"}""");

        assertThat(StatusDerivation.derive(APPROVED_EVALUATION, roadmap, ALL_ANSWERED).reason())
                .isEqualTo("Scheduled on the roadmap for 2026-Q3.");
    }

    @Test
    void aBackloggedRoadmapItemGivesTheRoadmapsReason() {
        RoadmapPart roadmap = roadmap("""
                {"ideaId": "a1", "status": "BACKLOGGED", "reason": "no capacity left in the 4-quarter horizon."}""");

        assertThat(StatusDerivation.derive(APPROVED_EVALUATION, roadmap, ALL_ANSWERED)).isEqualTo(new DerivedStatus(
                BACKLOGGED, "Approved, but there is no room for it on the roadmap yet: no capacity left in the 4-quarter horizon."));
    }

    @Test
    void anUnknownRoadmapStatusFallsBackToTheDecision() {
        RoadmapPart roadmap = roadmap("""
                {"ideaId": "a1", "status": "SOMETHING_NEW"}""");

        assertThat(StatusDerivation.derive(APPROVED_EVALUATION, roadmap, ALL_ANSWERED).status()).isEqualTo(APPROVED);
    }

    @Test
    void anApprovalWithoutRoadmapItemIsApproved() {
        assertThat(StatusDerivation.derive(APPROVED_EVALUATION, null, ALL_ANSWERED)).isEqualTo(new DerivedStatus(
                APPROVED, "Approved, waiting for a place on the roadmap: composite 72 is above 70."));
    }

    @Test
    void aRejectionIsRejected() {
        EvaluationPart evaluation = evaluation("""
                {"ideaId": "a1", "assessment": {}, "decision": {"outcome": "REJECTED", "reason": "composite 20 is below 30"}}""");

        assertThat(StatusDerivation.derive(evaluation, null, ALL_ANSWERED))
                .isEqualTo(new DerivedStatus(REJECTED, "Rejected at the gate: composite 20 is below 30."));
    }

    @Test
    void aDecisionThatNeedsAReviewKeepsTheIdeaInEvaluation() {
        EvaluationPart evaluation = evaluation("""
                {"ideaId": "a1", "assessment": {}, "decision": {"outcome": "NEEDS_REVIEW", "reason": "cost above 50000 EUR"}}""");

        assertThat(StatusDerivation.derive(evaluation, null, ALL_ANSWERED))
                .isEqualTo(new DerivedStatus(IN_EVALUATION, "Waiting for a reviewer: cost above 50000 EUR."));
    }

    @Test
    void anIdeaSentBackForInformationOrParkedAtTheGateSaysWhy() {
        EvaluationPart questions = evaluation("""
                {"ideaId": "a1", "assessment": {}, "decision": {"outcome": "NEEDS_INFO", "reason": "NEEDS_INFO by rita: how many users"}}""");
        EvaluationPart parked = evaluation("""
                {"ideaId": "a1", "assessment": {}, "decision": {"outcome": "PARKED", "reason": "needs 5000 EUR more than is left"}}""");

        assertThat(StatusDerivation.derive(questions, null, ALL_ANSWERED)).isEqualTo(new DerivedStatus(
                PipelineStatus.NEEDS_INFO, "Back to the submitter with questions: NEEDS_INFO by rita: how many users."));
        assertThat(StatusDerivation.derive(parked, null, ALL_ANSWERED)).isEqualTo(new DerivedStatus(
                PipelineStatus.PARKED, "Parked at the gate: needs 5000 EUR more than is left."));
    }

    @Test
    void aWithdrawalOutranksARoadmapPlacementAndItsReasonSpeaksForItself() {
        EvaluationPart withdrawn = evaluation("""
                {"ideaId": "a1", "assessment": {}, "decision": {"outcome": "WITHDRAWN", "reason": "Withdrawn by alice: the vendor ships it."}}""");
        RoadmapPart stillPlaced = roadmap("""
                {"ideaId": "a1", "status": "SCHEDULED", "startPeriod": "2026-Q3", "endPeriod": "2026-Q3"}""");

        assertThat(StatusDerivation.derive(withdrawn, stillPlaced, ALL_ANSWERED))
                .isEqualTo(new DerivedStatus(PipelineStatus.WITHDRAWN, "Withdrawn by alice: the vendor ships it."));
    }

    @Test
    void aMergeIsMergedNotWithdrawnAndNamesTheIdeaItWentInto() {
        EvaluationPart closed = evaluation("""
                {"ideaId": "a1", "decision": {"outcome": "WITHDRAWN", "reason": "Withdrawn by erin: merged into b2 as a duplicate"}}""");
        RoadmapPart stillPlaced = roadmap("""
                {"ideaId": "a1", "status": "SCHEDULED", "startPeriod": "2026-Q3", "endPeriod": "2026-Q3"}""");

        assertThat(StatusDerivation.derive("MERGED", "b2", closed, stillPlaced, ALL_ANSWERED))
                .isEqualTo(new DerivedStatus(PipelineStatus.MERGED, "Merged into b2 as a duplicate."));
        assertThat(StatusDerivation.derive("MERGED", "b2", APPROVED_EVALUATION, null, EnumSet.of(Part.EVALUATION)))
                .as("nothing later can change a merge, so no part's silence makes it possibly behind")
                .isEqualTo(new DerivedStatus(PipelineStatus.MERGED, "Merged into b2 as a duplicate."));
    }

    @Test
    void aWithdrawalTheEvaluationHasNotClosedYetIsWithdrawnAllTheSame() {
        assertThat(StatusDerivation.derive("WITHDRAWN", null, APPROVED_EVALUATION, null, ALL_ANSWERED))
                .isEqualTo(new DerivedStatus(PipelineStatus.WITHDRAWN, "Withdrawn."));
        assertThat(StatusDerivation.derive("OPEN", null, APPROVED_EVALUATION, null, ALL_ANSWERED).status()).isEqualTo(APPROVED);
    }

    @Test
    void anAssessmentWithoutDecisionIsInEvaluation() {
        EvaluationPart evaluation = evaluation("""
                {"ideaId": "a1", "assessment": {"composite": 50}, "decision": null}""");

        assertThat(StatusDerivation.derive(evaluation, null, ALL_ANSWERED))
                .isEqualTo(new DerivedStatus(IN_EVALUATION, "Scored, waiting for the gate decision."));
    }

    @Test
    void onlyTheIdeaMeansSubmitted() {
        assertThat(StatusDerivation.derive(null, null, ALL_ANSWERED))
                .isEqualTo(new DerivedStatus(SUBMITTED, "Submitted, waiting for evaluation."));
    }

    @Test
    void anEvaluationWithNeitherAssessmentNorDecisionIsStillSubmitted() {
        assertThat(StatusDerivation.derive(evaluation("{\"ideaId\": \"a1\"}"), null, ALL_ANSWERED).status()).isEqualTo(SUBMITTED);
    }

    @Test
    void warnsThatTheStatusMayBeBehindWhenALaterPartDidNotAnswer() {
        assertThat(StatusDerivation.derive(null, null, EnumSet.of(Part.EVALUATION, Part.ROADMAP)).reason())
                .isEqualTo("Submitted, waiting for evaluation. "
                        + "The status may be behind: evaluation-service and roadmap-service did not answer.");
    }

    @Test
    void doesNotWarnWhenOnlyAnEarlierPartDidNotAnswer() {
        RoadmapPart roadmap = roadmap("""
                {"ideaId": "a1", "status": "BACKLOGGED"}""");

        assertThat(StatusDerivation.derive(null, roadmap, EnumSet.of(Part.IDEA, Part.EVALUATION)).reason())
                .isEqualTo("Approved, but there is no room for it on the roadmap yet.");
    }

    private static EvaluationPart evaluation(String text) {
        return json.readValue(text, EvaluationPart.class);
    }

    private static RoadmapPart roadmap(String text) {
        return json.readValue(text, RoadmapPart.class);
    }
}
