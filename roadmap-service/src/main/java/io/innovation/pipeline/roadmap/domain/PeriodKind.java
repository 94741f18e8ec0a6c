package io.innovation.pipeline.roadmap.domain;

/** The kind of period a roadmap plans in, with the word reasons use for one of them and an example of its text. */
public enum PeriodKind {
    /** Calendar quarters, written like {@code 2027-Q1}. */
    QUARTER("quarter", "2027-Q1"),
    /** Calendar months, written like {@code 2027-01}. */
    MONTH("month", "2027-01"),
    /** Two-week sprints starting on a Monday, named by that Monday's ISO week, like {@code 2027-W01}. */
    SPRINT("sprint", "2027-W01");

    private final String word;
    private final String example;

    PeriodKind(String word, String example) {
        this.word = word;
        this.example = example;
    }

    /** {@code quarter}, {@code month} or {@code sprint}. */
    public String word() {
        return word;
    }

    /** One period of this kind as text, for messages that tell what to write. */
    public String example() {
        return example;
    }
}
