package io.innovation.pipeline.gateway.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PipelineViewTest {

    @Test
    void theIndexedCandidatesGiveTheSamePageAsAScanOfEverything() {
        qt().withFixedSeed(91L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            PipelineView view = new PipelineView();
            // every idea's summaries in the order the events fold them, so ideas change status and team in the view
            for (int i = 0; i < random.nextInt(60); i++) {
                ViewSamples.IdeaLog log = ViewSamples.randomLog(random, "idea-" + i);
                IdeaSummary summary = null;
                for (Object event : log.all()) {
                    summary = PipelineFold.apply(summary, event, ViewSamples.T0);
                    view.put(summary);
                }
            }
            for (int q = 0; q < 5; q++) {
                IdeaQuery query = IdeaQueryTest.randomQuery(random);
                IdeaQuery.Page indexed = query.run(view.candidates(query));
                IdeaQuery.Page scanned = query.run(view.all());
                assertThat(indexed.total()).isEqualTo(scanned.total());
                assertThat(indexed.items()).extracting(IdeaSummary::id)
                        .containsExactlyElementsOf(scanned.items().stream().map(IdeaSummary::id).toList());
                assertThat(query.matching(view.candidates(query))).extracting(IdeaSummary::id)
                        .containsExactlyElementsOf(query.matching(view.all()).stream().map(IdeaSummary::id).toList());
            }
        });
    }

    @Test
    void anIdeaThatChangesStatusAndTeamLeavesItsOldBuckets() {
        PipelineView view = new PipelineView();
        IdeaSummary a = PipelineFold.apply(null, ViewSamples.submitted("a", "t", "web", "x", List.of(), List.of(), null, 1,
                ViewSamples.T0), ViewSamples.T0);
        view.put(a);
        view.put(PipelineFold.apply(a, ViewSamples.assessed("a", "payments", 50, ViewSamples.T0), ViewSamples.T0));
        IdeaQuery web = new IdeaQuery(null, java.util.Set.of("web"), null, null, null, null, null, true, 0, 10);
        IdeaQuery submitted = new IdeaQuery(java.util.Set.of(io.innovation.pipeline.gateway.compose.PipelineStatus.SUBMITTED),
                null, null, null, null, null, null, true, 0, 10);
        assertThat(view.candidates(web)).isEmpty();
        assertThat(view.candidates(submitted)).isEmpty();
        assertThat(view.size()).isEqualTo(1);
    }
}
