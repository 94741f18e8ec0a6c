package io.innovation.pipeline.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reviews of one idea version, at most one per reviewer, in the order they were first given. */
public record Reviews(long ideaVersion, List<Review> all) {

    public Reviews {
        all = all == null ? List.of() : List.copyOf(all);
        if (all.stream().map(Review::reviewer).distinct().count() != all.size()) {
            throw new IllegalArgumentException("a reviewer appears twice among the reviews of version " + ideaVersion);
        }
    }

    public static Reviews none(long ideaVersion) {
        return new Reviews(ideaVersion, List.of());
    }

    /** With {@code review} added, or in place of the same reviewer's earlier review of this version. */
    public Reviews with(Review review) {
        List<Review> next = new ArrayList<>(all);
        int earlier = indexOf(review.reviewer());
        if (earlier >= 0) {
            next.set(earlier, review);
        } else {
            next.add(review);
        }
        return new Reviews(ideaVersion, next);
    }

    public boolean hasReviewBy(String reviewer) {
        return indexOf(reviewer) >= 0;
    }

    public Optional<Review> by(String reviewer) {
        int index = indexOf(reviewer);
        return index < 0 ? Optional.empty() : Optional.of(all.get(index));
    }

    public int count() {
        return all.size();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public double meanFeasibility() {
        return all.stream().mapToInt(Review::feasibility).average().orElse(0);
    }

    public double meanValue() {
        return all.stream().mapToInt(Review::value).average().orElse(0);
    }

    public double meanRisk() {
        return all.stream().mapToInt(Review::risk).average().orElse(0);
    }

    /** The mean of the reviews' normalised values, 0..1; 0 without reviews. */
    public double normalized() {
        return all.stream().mapToDouble(Review::normalized).average().orElse(0);
    }

    private int indexOf(String reviewer) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).reviewer().equals(reviewer)) {
                return i;
            }
        }
        return -1;
    }
}
