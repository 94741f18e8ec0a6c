package io.innovation.pipeline.gateway.api;

import io.innovation.pipeline.gateway.compose.PipelineStatus;
import io.innovation.pipeline.gateway.view.Csv;
import io.innovation.pipeline.gateway.view.EventLogReplay;
import io.innovation.pipeline.gateway.view.IdeaQuery;
import io.innovation.pipeline.gateway.view.IdeaSummary;
import io.innovation.pipeline.gateway.view.PipelineView;
import io.innovation.pipeline.gateway.view.Portfolio;
import io.innovation.pipeline.gateway.view.ViewProperties;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Lists and the portfolio, answered from this instance's pipeline view (no call to a back-end), and the portfolio
 * as it stood at an earlier instant, replayed from the event log.
 */
@RestController
class PipelineViewController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PipelineView view;
    private final EventLogReplay replay;
    private final ViewProperties properties;

    PipelineViewController(PipelineView view, EventLogReplay replay, ViewProperties properties) {
        this.view = view;
        this.replay = replay;
        this.properties = properties;
    }

    /**
     * One page of ideas: filters, sort, page/size or the previous page's {@code nextCursor}, and the total count of
     * matches.
     */
    @GetMapping("/api/ideas")
    IdeaQuery.Page list(@ParameterObject @ModelAttribute Filters filters,
                        @RequestParam(required = false) String sort,
                        @RequestParam(required = false) String order,
                        @RequestParam(defaultValue = "0") String page,
                        @RequestParam(defaultValue = "" + IdeaQuery.DEFAULT_SIZE) String size,
                        @RequestParam(required = false) String cursor) {
        IdeaQuery query = query(filters, sort, order, page, size, cursor);
        return query.run(view.candidates(query));
    }

    /** Every idea matching the filters, in the order asked, as CSV. */
    @GetMapping("/api/ideas.csv")
    ResponseEntity<String> listCsv(@ParameterObject @ModelAttribute Filters filters,
                                   @RequestParam(required = false) String sort,
                                   @RequestParam(required = false) String order) {
        IdeaQuery query = query(filters, sort, order, "0", "1", null);
        List<IdeaSummary> matching = query.matching(view.candidates(query));
        return csv("ideas.csv", Csv.ideas(matching.subList(0, Math.min(matching.size(), properties.csvMaxRows()))));
    }

    /** The executive picture, of every idea or those matching the filters; {@code asOf}: as it stood then. */
    @GetMapping("/api/portfolio")
    Mono<Portfolio> portfolio(@RequestParam(required = false) String asOf,
                              @ParameterObject @ModelAttribute Filters filters) {
        IdeaQuery query = query(filters, null, null, "0", "1", null);
        return summaries(instant(asOf)).map(ideas -> Portfolio.of(
                ideas.stream().filter(query.filter()).toList(), instant(asOf)));
    }

    @GetMapping("/api/portfolio.csv")
    Mono<ResponseEntity<String>> portfolioCsv(@RequestParam(required = false) String asOf,
                                              @ParameterObject @ModelAttribute Filters filters) {
        return portfolio(asOf, filters)
                .map(portfolio -> csv("portfolio.csv", Csv.portfolio(portfolio)));
    }

    /** The live view, or the event log replayed up to {@code asOf} off the event loop, within the configured bound. */
    private Mono<Collection<IdeaSummary>> summaries(Instant asOf) {
        if (asOf == null) {
            return Mono.just(view.all());
        }
        return Mono.fromCallable(() -> replay.replay(asOf, properties.asOfTimeout()))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(TimeoutException.class, timedOut -> problem(HttpStatus.SERVICE_UNAVAILABLE, "Event log not readable",
                        "The portfolio as of " + asOf + " could not be computed: " + timedOut.getMessage()));
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    /**
     * The filters every list, CSV and portfolio takes: each list parameter repeated or comma-separated, {@code q}
     * free text.
     */
    record Filters(List<String> status, List<String> team, List<String> theme, List<String> submitter, List<String> tag,
                   String q) {
    }

    private static IdeaQuery query(Filters filters, String sort, String order, String page, String size, String cursor) {
        try {
            boolean descending = order == null || order.equalsIgnoreCase("desc");
            if (order != null && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
                throw new IllegalArgumentException("order must be asc or desc");
            }
            return new IdeaQuery(statuses(filters.status()), values(filters.team()), values(filters.theme()),
                    values(filters.submitter()), values(filters.tag()), filters.q(),
                    sort == null ? null : IdeaQuery.Sort.of(sort), descending, integer("page", page), integer("size", size),
                    cursor);
        } catch (IllegalArgumentException invalid) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid query", invalid.getMessage() + ".");
        }
    }

    private static Set<PipelineStatus> statuses(List<String> names) {
        Set<PipelineStatus> statuses = new LinkedHashSet<>();
        for (String name : values(names)) {
            try {
                statuses.add(PipelineStatus.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("status must be one of " + List.of(PipelineStatus.values()) + ", was " + name);
            }
        }
        return statuses;
    }

    /** The values of a parameter given repeatedly or comma-separated, blanks left out. */
    private static Set<String> values(List<String> given) {
        Set<String> values = new LinkedHashSet<>();
        if (given != null) {
            for (String value : given) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return values;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + " must be a whole number, was " + value);
        }
    }

    private static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(asOf.strip());
        } catch (DateTimeParseException invalid) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid query", "asOf must be an ISO-8601 instant such as 2026-10-01T00:00:00Z, was " + asOf + ".");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
