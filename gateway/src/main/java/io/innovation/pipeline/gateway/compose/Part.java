package io.innovation.pipeline.gateway.compose;

import java.util.Locale;

/** The parts of a composed idea view, in pipeline order: a later part reports a later stage of the idea. */
public enum Part {
    IDEA("idea-service"),
    EVALUATION("evaluation-service"),
    ROADMAP("roadmap-service");

    private final String service;

    Part(String service) {
        this.service = service;
    }

    /** The part's name in the composed document, e.g. in {@code unavailable}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The back-end that owns the part, as named to readers. */
    public String service() {
        return service;
    }
}
