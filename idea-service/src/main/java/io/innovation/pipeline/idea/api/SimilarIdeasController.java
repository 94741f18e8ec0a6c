package io.innovation.pipeline.idea.api;

import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.domain.IdeaState;
import io.innovation.pipeline.idea.domain.SimilarIdea;
import io.innovation.pipeline.idea.domain.SimilarIdeasPolicy;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.idea.stream.SimilarIdeasIndex;
import io.innovation.pipeline.platform.stream.InteractiveQueries;
import io.innovation.pipeline.platform.web.InvalidRequestException;
import io.innovation.pipeline.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Is this idea already there?": the open ideas closest to a text being typed, or to an idea, by text similarity
 * (title and problem) with a score from 0 to 1. Answered from this instance's in-memory index of the whole log.
 */
@RestController
@RequestMapping("/ideas")
class SimilarIdeasController {
    /** The schema's limits of the fields being compared (SubmitIdea.schema.json). */
    private static final int MAX_TITLE = 200;
    private static final int MAX_PROBLEM = 10_000;

    private final SimilarIdeasIndex index;
    private final SimilarIdeasPolicy policy;
    private final InteractiveQueries queries;

    SimilarIdeasController(SimilarIdeasIndex index, SimilarIdeasPolicy policy, InteractiveQueries queries) {
        this.index = index;
        this.policy = policy;
        this.queries = queries;
    }

    /** While someone types: at least one of {@code title} and {@code problem}. */
    @GetMapping("/similar")
    SimilarIdeasView similar(@RequestParam(required = false) String title, @RequestParam(required = false) String problem,
                             @RequestParam(required = false) Integer limit) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(title) && isBlank(problem)) {
            violations.add(new Violation("title", "give a title or a problem (or both) to compare with"));
        }
        if (title != null && title.length() > MAX_TITLE) {
            violations.add(new Violation("title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (problem != null && problem.length() > MAX_PROBLEM) {
            violations.add(new Violation("problem", "must be at most " + MAX_PROBLEM + " characters"));
        }
        int max = limit(limit, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return answer(index.similarTo(title, problem, max, policy.minScore(), null));
    }

    /** The open ideas closest to an existing idea, itself left out. */
    @GetMapping("/{id}/similar")
    SimilarIdeasView similarTo(@PathVariable String id, @RequestParam(required = false) Integer limit) {
        List<Violation> violations = new ArrayList<>();
        int max = limit(limit, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        IdeaState idea = queries.get(IdeaTopology.IDEAS_STORE, id, IdeaState.class)
                .orElseThrow(() -> new NotFoundException("No idea with id " + id));
        return answer(index.similarTo(idea.idea().title(), idea.idea().problem(), max, policy.minScore(), id));
    }

    private int limit(Integer requested, List<Violation> violations) {
        if (requested == null) {
            return policy.limit();
        }
        if (requested < 1 || requested > 50) {
            violations.add(new Violation("limit", "must be from 1 to 50"));
        }
        return requested;
    }

    private SimilarIdeasView answer(List<SimilarIdea> similar) {
        return new SimilarIdeasView(similar, policy.minScore());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The closest ideas first, each with its score; {@code minScore} is how close an idea must be to be listed. */
    record SimilarIdeasView(List<SimilarIdea> similar, double minScore) {
    }
}
