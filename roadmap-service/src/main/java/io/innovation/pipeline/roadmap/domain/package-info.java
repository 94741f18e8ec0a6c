/**
 * The roadmap scheduler, in plain Java: a team's approved ideas ({@link io.innovation.pipeline.roadmap.domain.RoadmapCandidate},
 * pinned or in progress), capacity ({@link io.innovation.pipeline.roadmap.domain.TeamCapacity}) and the other
 * teams' items they depend on ({@link io.innovation.pipeline.roadmap.domain.ExternalItem}) go in, a
 * {@link io.innovation.pipeline.roadmap.domain.RoadmapPlan} comes out of
 * {@link io.innovation.pipeline.roadmap.domain.Scheduler}, whose placements are explained by
 * {@code PlacementReasons}, and
 * {@link io.innovation.pipeline.roadmap.domain.PlanChanges} tells what to publish between two plans, with the
 * causes the caller names. No Spring, no Kafka: every rule here is tested without a broker.
 */
package io.innovation.pipeline.roadmap.domain;
