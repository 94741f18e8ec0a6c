package io.innovation.pipeline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.gateway.compose.IdeaView;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import io.innovation.pipeline.gateway.view.ComposedViewCache;
import io.innovation.pipeline.gateway.view.IdeaSummary;
import io.innovation.pipeline.gateway.view.PipelineFold;
import io.innovation.pipeline.gateway.view.PipelineView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class ComposedViewInvalidationTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A view that runs and knows ideas a and b. */
    final PipelineView pipeline = new PipelineView() {
        @Override
        public boolean running() {
            return true;
        }
    };
    final ComposedViewCache cache = new ComposedViewCache(pipeline, 100, Long.MAX_VALUE / 2, System::nanoTime);
    final ComposedViewInvalidation filter = new ComposedViewInvalidation(cache);

    @BeforeEach
    void bothIdeasKept() {
        for (String id : List.of("a", "b")) {
            IdeaSummary summary = PipelineFold.apply(null, new IdeaSubmitted(id, 1, "http", "c", T0, new SubmitIdea("t", "p", "q",
                    "alice", "web", List.of(), List.of(), 1L, 1.0, 50, 1.0, null, 1, 1, List.of())), T0);
            pipeline.put(summary);
            cache.keep(id, cache.stamp(id), new IdeaView(id, PipelineStatus.SUBMITTED, "s", null, null, null, List.of()));
        }
    }

    @Test
    void aWriteToAnIdeaForgetsItsKeptViewAndNoOther() {
        pass(MockServerHttpRequest.put("/api/ideas/a/vote").build());

        assertThat(cache.get("a")).isNull();
        assertThat(cache.get("b")).isNotNull();
    }

    @Test
    void theViewKeptWhileTheWriteWasUnderWayIsForgottenOnceItIsAnswered() {
        WebFilterChain keepsMeanwhile = exchange -> Mono.fromRunnable(() -> cache.keep("a", cache.stamp("a"),
                new IdeaView("a", PipelineStatus.SUBMITTED, "before the write", null, null, null, List.of())));

        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/api/ideas/a/comments").build()), keepsMeanwhile).block();

        assertThat(cache.get("a")).isNull();
    }

    @Test
    void readsAndWritesThatNameNoIdeaForgetNothing() {
        pass(MockServerHttpRequest.get("/api/ideas/a").build());
        pass(MockServerHttpRequest.post("/api/ideas").build());
        pass(MockServerHttpRequest.put("/api/themes/growth").build());

        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("b")).isNotNull();
    }

    private void pass(MockServerHttpRequest request) {
        filter.filter(MockServerWebExchange.from(request), exchange -> Mono.empty()).block();
    }
}
