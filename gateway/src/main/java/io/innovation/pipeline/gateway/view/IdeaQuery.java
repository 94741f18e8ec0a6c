package io.innovation.pipeline.gateway.view;

import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list query on the view: filters (all must hold; a multi-valued filter matches any of its values), a sort and
 * a page. Pure: {@link #run} takes the summaries and returns the page.
 *
 * @param statuses   any of these statuses (empty: any)
 * @param teams      any of these teams
 * @param themes     any of these themes among the idea's themes
 * @param submitters any of these submitters
 * @param tags       any of these tags among the idea's tags
 * @param text       free text: every word must occur (case-insensitively) in title, team, submitter, a theme or a tag
 * @param sort       the field to sort by; ties are broken by id, so pages never overlap
 * @param descending the order
 * @param page       0-based page number
 * @param size       page size, 1 to {@link #MAX_SIZE}
 * @param cursor     instead of a page number: the {@code nextCursor} of the previous page, so the next page starts
 *                   right after that page's last idea (in the same sort and order) however the view changed meanwhile
 */
public record IdeaQuery(Set<PipelineStatus> statuses, Set<String> teams, Set<String> themes, Set<String> submitters,
                        Set<String> tags, String text, Sort sort, boolean descending, int page, int size, String cursor) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public enum Sort {
        PRIORITY("priority"), CREATED_AT("createdAt"), UPDATED_AT("updatedAt"), VOTES("votes");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static Sort of(String parameter) {
            for (Sort sort : values()) {
                if (sort.parameter.equalsIgnoreCase(parameter)) {
                    return sort;
                }
            }
            throw new IllegalArgumentException("sort must be one of priority, createdAt, updatedAt, votes");
        }
    }

    public IdeaQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        submitters = submitters == null ? Set.of() : Set.copyOf(submitters);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? Sort.CREATED_AT : sort;
        cursor = cursor == null || cursor.isBlank() ? null : cursor;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (cursor != null && page != 0) {
            throw new IllegalArgumentException("page and cursor cannot be combined");
        }
        if (cursor != null) {
            PageCursor.decode(cursor, sort, descending); // refused here, before any work, if it is not one of ours
        }
    }

    /** A query by page number. */
    public IdeaQuery(Set<PipelineStatus> statuses, Set<String> teams, Set<String> themes, Set<String> submitters,
                     Set<String> tags, String text, Sort sort, boolean descending, int page, int size) {
        this(statuses, teams, themes, submitters, tags, text, sort, descending, page, size, null);
    }

    /**
     * One page of the matching ideas, and how many match in all. {@code nextCursor} asks for the page after this
     * one; null on the last page.
     */
    public record Page(List<IdeaSummary> items, int page, int size, long total, int totalPages, String nextCursor) {}

    public Predicate<IdeaSummary> filter() {
        List<String> words = text == null ? List.of() : List.of(text.split("\\s+"));
        return idea -> (statuses.isEmpty() || statuses.contains(idea.status()))
                && (teams.isEmpty() || (idea.team() != null && teams.contains(idea.team())))
                && (submitters.isEmpty() || (idea.submitter() != null && submitters.contains(idea.submitter())))
                && (themes.isEmpty() || idea.themes().stream().anyMatch(themes::contains))
                && (tags.isEmpty() || idea.tags().stream().anyMatch(tags::contains))
                && (words.isEmpty() || matchesText(idea, words));
    }

    private static boolean matchesText(IdeaSummary idea, List<String> words) {
        StringBuilder haystack = new StringBuilder();
        for (String field : new String[] {idea.title(), idea.team(), idea.submitter(), idea.id()}) {
            if (field != null) {
                haystack.append(field).append('\n');
            }
        }
        idea.themes().forEach(theme -> haystack.append(theme).append('\n'));
        idea.tags().forEach(tag -> haystack.append(tag).append('\n'));
        String text = haystack.toString().toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }

    /** The order of the results: by the sort field (ideas without it last, in either direction), then by id. */
    public Comparator<IdeaSummary> order() {
        Comparator<IdeaSummary> byField = switch (sort) {
            case PRIORITY -> field(IdeaSummary::priority);
            case CREATED_AT -> field(IdeaSummary::createdAt);
            case UPDATED_AT -> field(IdeaSummary::updatedAt);
            case VOTES -> field(IdeaSummary::votes);
        };
        return byField.thenComparing(IdeaSummary::id);
    }

    private <T extends Comparable<T>> Comparator<IdeaSummary> field(Function<IdeaSummary, T> getter) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(getter, Comparator.nullsLast(natural));
    }

    /** The idea's value of the sort field. */
    private Comparable<?> sortValue(IdeaSummary idea) {
        return switch (sort) {
            case PRIORITY -> idea.priority();
            case CREATED_AT -> idea.createdAt();
            case UPDATED_AT -> idea.updatedAt();
            case VOTES -> idea.votes();
        };
    }

    /** Whether the idea comes after the cursor's position in {@link #order()}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean after(IdeaSummary idea, PageCursor position) {
        Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        int byValue = Comparator.nullsLast(natural).compare(sortValue(idea), position.value());
        return byValue > 0 || byValue == 0 && idea.id().compareTo(position.id()) > 0;
    }

    /** Every match in order (for the CSV). */
    public List<IdeaSummary> matching(Collection<IdeaSummary> ideas) {
        return ideas.stream().filter(filter()).sorted(order()).toList();
    }

    /**
     * The page: one pass filters and keeps only the first {@code (page + 1) * size} in order (a bounded heap), so a
     * page near the front of a large view costs a scan, not a sort of every match. With a cursor the page is the
     * first {@code size} of the matches after the cursor's position.
     */
    public Page run(Collection<IdeaSummary> ideas) {
        Predicate<IdeaSummary> filter = filter();
        Comparator<IdeaSummary> order = order();
        PageCursor position = cursor == null ? null : PageCursor.decode(cursor, sort, descending);
        long keep = ((long) page + 1) * size;
        PriorityQueue<IdeaSummary> best = new PriorityQueue<>(order.reversed());
        long total = 0;
        long afterCursor = 0;
        for (IdeaSummary idea : ideas) {
            if (!filter.test(idea)) {
                continue;
            }
            total++;
            if (position != null && !after(idea, position)) {
                continue;
            }
            afterCursor++;
            if (best.size() < keep) {
                best.add(idea);
            } else if (order.compare(idea, best.peek()) < 0) {
                best.poll();
                best.add(idea);
            }
        }
        List<IdeaSummary> first = new ArrayList<>(best);
        first.sort(order);
        long from = (long) page * size;
        List<IdeaSummary> items = from >= first.size() ? List.of() : List.copyOf(first.subList((int) from, first.size()));
        int totalPages = (int) ((total + size - 1) / size);
        boolean more = afterCursor > from + items.size();
        IdeaSummary last = items.isEmpty() ? null : items.get(items.size() - 1);
        String next = more && last != null ? new PageCursor(sort, descending, sortValue(last), last.id()).encode() : null;
        return new Page(items, page, size, total, totalPages, next);
    }
}
