/**
 * The roadmap scheduler, in plain Java: a team's approved ideas ({@link io.innovation.pipeline.roadmap.domain.RoadmapCandidate})
 * and capacity ({@link io.innovation.pipeline.roadmap.domain.TeamCapacity}) go in, a
 * {@link io.innovation.pipeline.roadmap.domain.RoadmapPlan} comes out of
 * {@link io.innovation.pipeline.roadmap.domain.Scheduler}, and
 * {@link io.innovation.pipeline.roadmap.domain.PlanChanges} tells what to publish between two plans.
 * No Spring, no Kafka: every rule here is tested without a broker.
 */
package io.innovation.pipeline.roadmap.domain;
