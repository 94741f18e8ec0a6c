package io.innovation.pipeline.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void readsAndWritesTheTextForm() {
        Quarter quarter = Quarter.parse("2027-Q1");

        assertThat(quarter).isEqualTo(new Quarter(2027, 1));
        assertThat(quarter).hasToString("2027-Q1");
        assertThat(new Quarter(987, 4)).hasToString("0987-Q4");
    }

    @Test
    void rejectsMalformedText() {
        Stream.of("2027-Q5", "2027-Q0", "27-Q1", "2027Q1", "2027-q1", " 2027-Q1", "").forEach(text ->
                assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(IllegalArgumentException.class));
        assertThatThrownBy(() -> new Quarter(2027, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsAcrossYears() {
        assertThat(Quarter.parse("2027-Q4").next()).isEqualTo(Quarter.parse("2028-Q1"));
        assertThat(Quarter.parse("2027-Q3").plus(6)).isEqualTo(Quarter.parse("2029-Q1"));
        assertThat(Quarter.parse("2027-Q1").plus(-1)).isEqualTo(Quarter.parse("2026-Q4"));
        assertThat(Quarter.parse("2027-Q2").quartersUntil(Quarter.parse("2028-Q1"))).isEqualTo(3);
        assertThat(Quarter.parse("2028-Q1").quartersUntil(Quarter.parse("2027-Q2"))).isEqualTo(-3);
    }

    @Test
    void findsTheQuarterOfAnInstantInUtc() {
        assertThat(Quarter.containing(Instant.parse("2027-03-31T23:59:59Z"))).isEqualTo(Quarter.parse("2027-Q1"));
        assertThat(Quarter.containing(Instant.parse("2027-04-01T00:00:00Z"))).isEqualTo(Quarter.parse("2027-Q2"));
        assertThat(Quarter.containing(Instant.parse("2027-12-31T12:00:00Z"))).isEqualTo(Quarter.parse("2027-Q4"));
    }

    @Test
    void ordersByTime() {
        List<Quarter> quarters = Stream.of("2028-Q1", "2027-Q4", "2027-Q1").map(Quarter::parse).sorted().toList();

        assertThat(quarters).extracting(Quarter::toString).containsExactly("2027-Q1", "2027-Q4", "2028-Q1");
    }
}
