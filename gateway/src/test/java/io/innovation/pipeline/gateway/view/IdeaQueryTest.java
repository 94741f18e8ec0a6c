package io.innovation.pipeline.gateway.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdeaQueryTest {

    @Test
    void filtersSortsAndPagesAsAPlainFilterSortAndSublistWould() {
        qt().withFixedSeed(61L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<IdeaSummary> ideas = ViewSamples.randomSummaries(random, random.nextInt(60));
            IdeaQuery query = randomQuery(random);

            List<IdeaSummary> expected = ideas.stream().filter(idea -> reference(query, idea)).sorted(referenceOrder(query)).toList();
            IdeaQuery.Page page = query.run(ideas);

            assertThat(page.total()).isEqualTo(expected.size());
            assertThat(page.totalPages()).isEqualTo((expected.size() + query.size() - 1) / query.size());
            int from = Math.min(expected.size(), query.page() * query.size());
            int to = Math.min(expected.size(), from + query.size());
            assertThat(page.items()).extracting(IdeaSummary::id).containsExactlyElementsOf(
                    expected.subList(from, to).stream().map(IdeaSummary::id).toList());
            assertThat(query.matching(ideas)).extracting(IdeaSummary::id)
                    .containsExactlyElementsOf(expected.stream().map(IdeaSummary::id).toList());
        });
    }

    @Test
    void thePagesTogetherHoldEveryMatchOnce() {
        qt().withFixedSeed(62L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<IdeaSummary> ideas = ViewSamples.randomSummaries(random, random.nextInt(80));
            int size = 1 + random.nextInt(15);
            IdeaQuery.Sort sort = IdeaQuery.Sort.values()[random.nextInt(IdeaQuery.Sort.values().length)];
            boolean descending = random.nextBoolean();
            List<String> seen = new ArrayList<>();
            IdeaQuery.Page page;
            int number = 0;
            do {
                page = new IdeaQuery(null, null, null, null, null, null, sort, descending, number++, size).run(ideas);
                page.items().forEach(idea -> seen.add(idea.id()));
            } while (!page.items().isEmpty());
            assertThat(seen).doesNotHaveDuplicates().hasSize(ideas.size());
            assertThat(number - 1).isEqualTo(page.totalPages());
        });
    }

    @Test
    void followingTheCursorsVisitsExactlyTheIdeasThePagesHold() {
        qt().withFixedSeed(63L).withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<IdeaSummary> ideas = ViewSamples.randomSummaries(random, random.nextInt(80));
            IdeaQuery first = randomQuery(random);
            IdeaQuery byPage = at(first, 0, 1 + random.nextInt(15), null);

            List<String> paged = new ArrayList<>();
            for (int number = 0; number < byPage.run(ideas).totalPages(); number++) {
                at(byPage, number, byPage.size(), null).run(ideas).items().forEach(idea -> paged.add(idea.id()));
            }
            List<String> followed = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                IdeaQuery.Page page = at(byPage, 0, byPage.size(), cursor).run(ideas);
                page.items().forEach(idea -> followed.add(idea.id()));
                assertThat(page.items()).hasSizeLessThanOrEqualTo(byPage.size());
                cursor = page.nextCursor();
                pages++;
            } while (cursor != null);

            assertThat(followed).containsExactlyElementsOf(paged);
            assertThat(pages).isEqualTo(Math.max(1, byPage.run(ideas).totalPages()));
        });
    }

    @Test
    void sortsByVotesAndTheCursorCarriesOnAcrossEqualCounts() {
        List<IdeaSummary> ideas = new ArrayList<>();
        long[] votes = {5, 0, 5, 2, 9, 2};
        for (int i = 0; i < votes.length; i++) {
            IdeaSummary idea = PipelineFold.apply(null, ViewSamples.submitted("i" + i, "t", "web", "alice", List.of(), List.of(),
                    null, 1, ViewSamples.T0), ViewSamples.T0);
            ideas.add(votes[i] == 0 ? idea : PipelineFold.apply(idea, ViewSamples.voted("i" + i, votes[i], "bob", ViewSamples.T0),
                    ViewSamples.T0));
        }
        IdeaQuery first = new IdeaQuery(null, null, null, null, null, null, IdeaQuery.Sort.of("votes"), true, 0, 4);
        IdeaQuery.Page page = first.run(ideas);
        assertThat(page.items()).extracting(IdeaSummary::id).containsExactly("i4", "i0", "i2", "i3");
        IdeaQuery.Page next = new IdeaQuery(null, null, null, null, null, null, IdeaQuery.Sort.VOTES, true, 0, 4, page.nextCursor())
                .run(ideas);
        assertThat(next.items()).extracting(IdeaSummary::id).containsExactly("i5", "i1");
        assertThat(next.nextCursor()).isNull();
    }

    @Test
    void mergedIsAStatusOfItsOwnToFilterBy() {
        IdeaSummary open = PipelineFold.apply(null, ViewSamples.submitted("o", "t", "web", "alice", List.of(), List.of(), null, 1,
                ViewSamples.T0), ViewSamples.T0);
        IdeaSummary merged = PipelineFold.apply(open, new IdeaMerged("o", 1, "web", "x", List.of(), "m", ViewSamples.T0, "erin"),
                ViewSamples.T0);
        IdeaSummary withdrawn = PipelineFold.apply(null, new IdeaWithdrawn("w", 1, "web", null, "w", ViewSamples.T0, "alice"),
                ViewSamples.T0);
        List<IdeaSummary> ideas = List.of(PipelineFold.apply(null, ViewSamples.submitted("p", "t", "web", "alice", List.of(),
                List.of(), null, 1, ViewSamples.T0), ViewSamples.T0), merged, withdrawn);

        assertThat(new IdeaQuery(Set.of(PipelineStatus.MERGED), null, null, null, null, null, null, true, 0, 10).run(ideas).items())
                .extracting(IdeaSummary::id).containsExactly("o");
        assertThat(new IdeaQuery(Set.of(PipelineStatus.WITHDRAWN), null, null, null, null, null, null, true, 0, 10).run(ideas).items())
                .extracting(IdeaSummary::id).containsExactly("w");
    }

    @Test
    void aCursorFromAnotherSortOrNotFromTheGatewayIsRefused() {
        List<IdeaSummary> ideas = ViewSamples.randomSummaries(new Random(7), 10);
        String cursor = new IdeaQuery(null, null, null, null, null, null, IdeaQuery.Sort.PRIORITY, true, 0, 3).run(ideas).nextCursor();

        assertThatThrownBy(() -> new IdeaQuery(null, null, null, null, null, null, IdeaQuery.Sort.CREATED_AT, true, 0, 3, cursor))
                .hasMessageContaining("cursor belongs to a list sorted by priority desc");
        assertThatThrownBy(() -> new IdeaQuery(null, null, null, null, null, null, null, true, 0, 3, "not-ours"))
                .hasMessage("cursor is not a nextCursor this gateway gave out");
        assertThatThrownBy(() -> new IdeaQuery(null, null, null, null, null, null, IdeaQuery.Sort.PRIORITY, true, 1, 3, cursor))
                .hasMessage("page and cursor cannot be combined");
    }

    @Test
    void ideasWithoutTheSortFieldComeLastEitherWay() {
        IdeaSummary none = PipelineFold.apply(null, ViewSamples.submitted("n", "x", "web", "a", List.of(), List.of(), null, 1,
                ViewSamples.T0), ViewSamples.T0);
        IdeaSummary high = PipelineFold.apply(null, ViewSamples.assessed("h", "web", 90, ViewSamples.T0), ViewSamples.T0);
        IdeaSummary low = PipelineFold.apply(null, ViewSamples.assessed("l", "web", 10, ViewSamples.T0), ViewSamples.T0);
        List<IdeaSummary> ideas = List.of(none, low, high);

        assertThat(new IdeaQuery(null, null, null, null, null, null, IdeaQuery.Sort.PRIORITY, true, 0, 10).run(ideas).items())
                .extracting(IdeaSummary::id).containsExactly("h", "l", "n");
        assertThat(new IdeaQuery(null, null, null, null, null, null, IdeaQuery.Sort.PRIORITY, false, 0, 10).run(ideas).items())
                .extracting(IdeaSummary::id).containsExactly("l", "h", "n");
    }

    @Test
    void freeTextNeedsEveryWordInSomeField() {
        IdeaSummary idea = PipelineFold.apply(null, ViewSamples.submitted("a", "Faster Checkout", "payments", "alice",
                List.of("growth"), List.of("mobile"), null, 1, ViewSamples.T0), ViewSamples.T0);
        assertThat(query("checkout MOBILE").filter().test(idea)).isTrue();
        assertThat(query("alice growth").filter().test(idea)).isTrue();
        assertThat(query("checkout desktop").filter().test(idea)).isFalse();
    }

    @Test
    void refusesPagesLargerThan200AndNegativePages() {
        assertThatThrownBy(() -> new IdeaQuery(null, null, null, null, null, null, null, true, 0, 201))
                .hasMessageContaining("between 1 and 200");
        assertThatThrownBy(() -> new IdeaQuery(null, null, null, null, null, null, null, true, -1, 10))
                .hasMessageContaining("page");
        assertThatThrownBy(() -> IdeaQuery.Sort.of("title")).hasMessageContaining("priority, createdAt, updatedAt, votes");
    }

    static IdeaQuery query(String text) {
        return new IdeaQuery(null, null, null, null, null, text, null, true, 0, 10);
    }

    /** The same filters and sort, at another page or cursor. */
    private static IdeaQuery at(IdeaQuery query, int page, int size, String cursor) {
        return new IdeaQuery(query.statuses(), query.teams(), query.themes(), query.submitters(), query.tags(), query.text(),
                query.sort(), query.descending(), page, size, cursor);
    }

    static IdeaQuery randomQuery(Random random) { // also used by PipelineViewTest
        return new IdeaQuery(
                random.nextBoolean() ? Set.of() : new java.util.HashSet<>(List.of(ViewSamples.anyStatus(random), ViewSamples.anyStatus(random))),
                random.nextBoolean() ? Set.of() : Set.of(ViewSamples.pick(random, ViewSamples.TEAMS)),
                random.nextBoolean() ? Set.of() : Set.of(ViewSamples.pick(random, ViewSamples.THEMES)),
                random.nextInt(3) > 0 ? Set.of() : Set.of(ViewSamples.pick(random, ViewSamples.PEOPLE)),
                random.nextInt(3) > 0 ? Set.of() : Set.of(ViewSamples.pick(random, ViewSamples.TAGS)),
                random.nextInt(4) > 0 ? null : "idea-" + random.nextInt(10),
                IdeaQuery.Sort.values()[random.nextInt(IdeaQuery.Sort.values().length)], random.nextBoolean(), random.nextInt(4), 1 + random.nextInt(20));
    }

    /** The filters written out the long way. */
    static boolean reference(IdeaQuery query, IdeaSummary idea) {
        if (!query.statuses().isEmpty() && !query.statuses().contains(idea.status())) {
            return false;
        }
        if (!query.teams().isEmpty() && !query.teams().contains(String.valueOf(idea.team()))) {
            return false;
        }
        if (!query.submitters().isEmpty() && !query.submitters().contains(String.valueOf(idea.submitter()))) {
            return false;
        }
        if (!query.themes().isEmpty() && idea.themes().stream().noneMatch(query.themes()::contains)) {
            return false;
        }
        if (!query.tags().isEmpty() && idea.tags().stream().noneMatch(query.tags()::contains)) {
            return false;
        }
        if (query.text() != null) {
            String all = String.join(" ", String.valueOf(idea.title()), String.valueOf(idea.team()),
                    String.valueOf(idea.submitter()), idea.id(), String.join(" ", idea.themes()), String.join(" ", idea.tags()))
                    .toLowerCase(Locale.ROOT);
            for (String word : query.text().split("\\s+")) {
                if (!all.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    static Comparator<IdeaSummary> referenceOrder(IdeaQuery query) {
        Comparator<IdeaSummary> order = (a, b) -> {
            Comparable<Object> x = key(query, a);
            Comparable<Object> y = key(query, b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return query.descending() ? y.compareTo(x) : x.compareTo(y);
        };
        return order.thenComparing(IdeaSummary::id);
    }

    @SuppressWarnings("unchecked")
    static Comparable<Object> key(IdeaQuery query, IdeaSummary idea) {
        Object key = switch (query.sort()) {
            case PRIORITY -> idea.priority();
            case CREATED_AT -> idea.createdAt();
            case UPDATED_AT -> idea.updatedAt();
            case VOTES -> idea.votes();
        };
        return (Comparable<Object>) key;
    }

}
