package io.innovation.pipeline.gateway.view;

import static io.innovation.pipeline.gateway.view.ViewSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.gateway.compose.IdeaView;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComposedViewCacheTest {

    static final long TTL = Duration.ofSeconds(10).toNanos();

    final PipelineView pipeline = new PipelineView();
    final AtomicLong now = new AtomicLong(1_000);
    final ComposedViewCache cache = new ComposedViewCache(pipeline, 3, TTL, now::get);

    @BeforeEach
    void viewRunsAndKnowsIdeaA() {
        pipeline.put(submitted("a"));
        pipeline.running(true);
    }

    @Test
    void aKeptViewIsAnsweredUntilAnEventChangesItsIdea() {
        IdeaSummary stamp = cache.stamp("a");
        cache.keep("a", stamp, view("a"));
        assertThat(cache.get("a")).isEqualTo(view("a"));

        pipeline.put(PipelineFold.apply(pipeline.get("a"), ViewSamples.voted("a", 1, "bob", T0), T0));

        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aViewComposedWhileAnEventArrivedIsStaleAtOnce() {
        IdeaSummary stamp = cache.stamp("a");
        pipeline.put(PipelineFold.apply(pipeline.get("a"), ViewSamples.commented("a", "c1", T0), T0)); // while the back-ends answer
        cache.keep("a", stamp, view("a"));

        assertThat(cache.get("a")).isNull();
    }

    @Test
    void aQuietIdeasViewIsKeptNoLongerThanItsTimeToLive() {
        cache.keep("a", cache.stamp("a"), view("a"));
        now.addAndGet(TTL);
        assertThat(cache.get("a")).isNotNull();
        now.incrementAndGet();
        assertThat(cache.get("a")).isNull();
    }

    @Test
    void onlyWholeViewsOfIdeasTheRunningViewKnowsAreKept() {
        cache.keep("a", cache.stamp("a"), new IdeaView("a", PipelineStatus.SUBMITTED, "s", null, null, null, List.of("roadmap")));
        assertThat(cache.get("a")).as("a part did not answer").isNull();

        assertThat(cache.stamp("unknown")).isNull();
        cache.keep("unknown", cache.stamp("unknown"), view("unknown"));
        assertThat(cache.get("unknown")).as("the view has not seen the idea yet").isNull();

        pipeline.running(false);
        assertThat(cache.stamp("a")).as("a view that does not run tells no changes").isNull();
    }

    @Test
    void aWriteForgetsTheIdeasView() {
        cache.keep("a", cache.stamp("a"), view("a"));
        cache.forget("a");
        assertThat(cache.get("a")).isNull();
    }

    @Test
    void keepsAtMostItsSizeAndNothingWhenItsSizeIsZero() {
        for (String id : List.of("a", "b", "c", "d", "e")) {
            pipeline.put(submitted(id));
            cache.keep(id, cache.stamp(id), view(id));
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("e")).as("the last one kept makes room for itself").isNotNull();

        ComposedViewCache off = new ComposedViewCache(pipeline, 0, TTL, now::get);
        off.keep("a", off.stamp("a"), view("a"));
        assertThat(off.get("a")).isNull();
    }

    static IdeaSummary submitted(String id) {
        return PipelineFold.apply(null, ViewSamples.submitted(id, "t", "web", "alice", List.of(), List.of(), null, 1, T0), T0);
    }

    static IdeaView view(String id) {
        return new IdeaView(id, PipelineStatus.SUBMITTED, "Submitted, waiting for evaluation.", null, null, null, List.of());
    }
}
