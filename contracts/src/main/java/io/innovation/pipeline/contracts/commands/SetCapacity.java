package io.innovation.pipeline.contracts.commands;

/**
 * Command: a planner sets a team's capacity for one planning period. On {@code innovation.roadmap-commands.v1}, keyed
 * by the team id; the actor is the CloudEvent extension {@code actor}. The team is re-planned at once.
 *
 * @param period a period of the configured kind: {@code 2027-Q1} (quarters, the default), {@code 2027-01} (months)
 *               or {@code 2027-W01} (two-week sprints, named by the ISO week they start in)
 * @param weeks  person-weeks, 0 to 1,000,000
 */
public record SetCapacity(String team, String period, double weeks) {
}
