package io.innovation.pipeline.roadmap.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Builds candidates for tests: {@code idea("A").effort(10).priority(80).build()}. */
final class Ideas {

    static final Instant APPROVED = Instant.parse("2026-11-02T09:00:00Z");

    private final String ideaId;
    private double effortWeeks = 10;
    private double priority = 50;
    private Instant approvedAt = APPROVED;
    private Period pinnedTo;
    private List<Allocation> started = List.of();
    private List<String> dependsOn = List.of();

    private Ideas(String ideaId) {
        this.ideaId = ideaId;
    }

    static Ideas idea(String ideaId) {
        return new Ideas(ideaId);
    }

    Ideas effort(double weeks) {
        this.effortWeeks = weeks;
        return this;
    }

    Ideas priority(double priority) {
        this.priority = priority;
        return this;
    }

    Ideas approvedDaysLater(int days) {
        this.approvedAt = APPROVED.plus(Duration.ofDays(days));
        return this;
    }

    Ideas pinnedTo(String quarter) {
        this.pinnedTo = Period.parse(quarter);
        return this;
    }

    /** In progress with this slot. */
    Ideas started(Allocation... slot) {
        this.started = List.of(slot);
        return this;
    }

    Ideas dependsOn(String... ideaIds) {
        this.dependsOn = List.of(ideaIds);
        return this;
    }

    RoadmapCandidate build() {
        return new RoadmapCandidate(ideaId, "Idea " + ideaId, effortWeeks, priority, approvedAt, pinnedTo, started, dependsOn);
    }
}
