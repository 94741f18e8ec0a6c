package io.innovation.pipeline.gateway.feed;

import java.util.function.Predicate;

/** What a subscriber asked for: one idea, one team, both, or (both null) everything. */
public record FeedFilter(String ideaId, String team) implements Predicate<FeedEvent> {

    public static final FeedFilter ALL = new FeedFilter(null, null);

    public FeedFilter {
        ideaId = blankToNull(ideaId);
        team = blankToNull(team);
    }

    @Override
    public boolean test(FeedEvent event) {
        return (ideaId == null || ideaId.equals(event.data().ideaId()))
                && (team == null || team.equals(event.data().team()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
