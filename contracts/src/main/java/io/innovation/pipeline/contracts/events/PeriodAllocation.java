package io.innovation.pipeline.contracts.events;

/** Person-weeks of one roadmap item placed in one period, e.g. {@code 2027-Q1}. */
public record PeriodAllocation(String period, double weeks) {
}
