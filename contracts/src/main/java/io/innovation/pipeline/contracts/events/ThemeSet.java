package io.innovation.pipeline.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * Event: the whole current state of one strategic theme — its definition and its budget envelopes. On the
 * compacted {@code innovation.strategy.v1}, keyed by the theme id, so the latest record of a key is the theme.
 * Written only by evaluation-service.
 */
public record ThemeSet(
        String themeId,
        String name,
        String description,
        double weight,
        boolean active,
        List<Envelope> envelopes,
        Instant setAt,
        String actor) {

    public ThemeSet {
        envelopes = envelopes == null ? List.of() : List.copyOf(envelopes);
    }

    /** A budget envelope of the theme for one period. */
    public record Envelope(String period, java.math.BigDecimal amount, String currency) {
    }
}
