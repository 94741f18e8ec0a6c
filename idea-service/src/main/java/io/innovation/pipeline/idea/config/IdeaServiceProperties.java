package io.innovation.pipeline.idea.config;

import io.innovation.pipeline.idea.domain.SimilarIdeasPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovation.ideas.*}
 *
 * @param commandTimeout how long POST /ideas waits for the idea to be processed before answering 202
 * @param callerRequired whether POST /ideas needs the caller the gateway names ({@code X-Innovation-User}); without
 *                       it a request without the header gets 401. Off only for tests that call idea-service directly,
 *                       which then submit in the body's submitter's name
 * @param similar which ideas GET /ideas/similar offers
 */
@ConfigurationProperties("innovation.ideas")
public record IdeaServiceProperties(@DefaultValue("5s") Duration commandTimeout, @DefaultValue("true") boolean callerRequired,
                                    @DefaultValue Similar similar) {

    /**
     * @param minScore how close (0..1) an idea must be to be offered as similar
     * @param limit how many similar ideas are offered at most, unless the request asks for another number
     */
    public record Similar(@DefaultValue("" + SimilarIdeasPolicy.DEFAULT_MIN_SCORE) double minScore,
                          @DefaultValue("" + SimilarIdeasPolicy.DEFAULT_LIMIT) int limit) {
    }
}
