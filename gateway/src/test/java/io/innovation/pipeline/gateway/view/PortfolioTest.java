package io.innovation.pipeline.gateway.view;

import static io.innovation.pipeline.gateway.view.ViewSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.innovation.pipeline.contracts.events.DecisionOutcome;
import io.innovation.pipeline.contracts.events.IdeaMerged;
import io.innovation.pipeline.contracts.events.IdeaWithdrawn;
import io.innovation.pipeline.gateway.compose.PipelineStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    static final Duration H = Duration.ofHours(1);

    @Test
    void mediansOfOddAndEvenCounts() {
        assertThat(Portfolio.median(List.of())).isNull();
        assertThat(Portfolio.median(List.of(H))).isEqualTo(H);
        assertThat(Portfolio.median(List.of(H.multipliedBy(9), H, H.multipliedBy(3)))).isEqualTo(H.multipliedBy(3));
        assertThat(Portfolio.median(List.of(H.multipliedBy(4), H, H.multipliedBy(2), H.multipliedBy(100))))
                .isEqualTo(H.multipliedBy(3));
    }

    @Test
    void theMedianHasAsManyValuesAtOrBelowAsAtOrAbove() {
        qt().withFixedSeed(71L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<Duration> values = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                values.add(Duration.ofMinutes(random.nextInt(10_000)));
            }
            Duration median = Portfolio.median(values);
            long atOrBelow = values.stream().filter(v -> v.compareTo(median) <= 0).count();
            long atOrAbove = values.stream().filter(v -> v.compareTo(median) >= 0).count();
            assertThat(atOrBelow).isGreaterThanOrEqualTo((n + 1) / 2);
            assertThat(atOrAbove).isGreaterThanOrEqualTo((n + 1) / 2);
            assertThat(median).isBetween(values.stream().min(Duration::compareTo).get(), values.stream().max(Duration::compareTo).get());
        });
    }

    @Test
    void theFunnelCountsEveryIdeaOnceAndApprovedMoneyAddsUp() {
        qt().withFixedSeed(72L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<IdeaSummary> ideas = ViewSamples.randomSummaries(random, random.nextInt(50));
            Portfolio portfolio = Portfolio.of(ideas, null);

            assertThat(portfolio.ideas()).isEqualTo(ideas.size());
            assertThat(portfolio.funnel().keySet()).containsExactly(PipelineStatus.values());
            assertThat(portfolio.funnel().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ideas.size());
            BigDecimal approvedCost = ideas.stream().filter(Portfolio::approved).filter(idea -> idea.costAmount() != null)
                    .map(IdeaSummary::costAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum(portfolio.approvedByTheme())).isEqualByComparingTo(approvedCost);
            assertThat(sum(portfolio.approvedByTeam())).isEqualByComparingTo(approvedCost);
            assertThat(portfolio.approvedByTeam().stream().mapToLong(Portfolio.Investment::ideas).sum())
                    .isEqualTo(ideas.stream().filter(Portfolio::approved).count());
            assertThat(portfolio.decisions().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(ideas.stream().filter(idea -> idea.outcome() != null && !Portfolio.closed(idea)).count());
            double scheduledWeeks = ideas.stream().filter(idea -> "SCHEDULED".equals(idea.roadmapStatus()))
                    .flatMap(idea -> idea.allocations().stream()).mapToDouble(a -> a.weeks()).sum();
            assertThat(portfolio.allocatedWeeks().stream().mapToDouble(Portfolio.Allocation::weeks).sum())
                    .isCloseTo(scheduledWeeks, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void anExample() {
        IdeaSummary a = fold(ViewSamples.submitted("a", "A", "web", "alice", List.of("growth", "cost"), List.of(), "1000", 4, T0),
                ViewSamples.decided("a", "web", DecisionOutcome.APPROVED, 80, 4, T0.plus(H.multipliedBy(2))),
                ViewSamples.scheduled("a", "web", 80, 4, "2026-Q3", T0.plus(H.multipliedBy(10))));
        IdeaSummary b = fold(ViewSamples.submitted("b", "B", "web", "bob", List.of("growth"), List.of(), "500", 2, T0),
                ViewSamples.decided("b", "web", DecisionOutcome.APPROVED, 70, 2, T0.plus(H.multipliedBy(4))));
        IdeaSummary c = fold(ViewSamples.submitted("c", "C", "identity", "carol", List.of("risk"), List.of(), "700", 1, T0),
                ViewSamples.decided("c", "identity", DecisionOutcome.REJECTED, 10, 1, T0.plus(H.multipliedBy(6))));
        IdeaSummary d = fold(ViewSamples.submitted("d", "D", "identity", "carol", List.of(), List.of(), null, 1, T0));

        Portfolio portfolio = Portfolio.of(List.of(a, b, c, d), T0);

        assertThat(portfolio.funnel()).containsEntry(PipelineStatus.SCHEDULED, 1L).containsEntry(PipelineStatus.APPROVED, 1L)
                .containsEntry(PipelineStatus.REJECTED, 1L).containsEntry(PipelineStatus.SUBMITTED, 1L);
        assertThat(portfolio.approvedByTheme()).containsExactly(
                new Portfolio.Investment("growth", 2, Map.of("EUR", new BigDecimal("1500")), 6.0));
        assertThat(portfolio.approvedByTeam()).containsExactly(
                new Portfolio.Investment("web", 2, Map.of("EUR", new BigDecimal("1500")), 6.0));
        assertThat(portfolio.decisions()).containsExactly(Map.entry("APPROVED", 2L), Map.entry("REJECTED", 1L));
        assertThat(portfolio.medianToDecision()).isEqualTo(H.multipliedBy(4));
        assertThat(portfolio.medianToSchedule()).isEqualTo(H.multipliedBy(10));
        assertThat(portfolio.allocatedWeeks()).containsExactly(new Portfolio.Allocation("web", "2026-Q3", 4.0));
        assertThat(portfolio.asOf()).isEqualTo(T0);
    }

    @Test
    void mergedAndWithdrawnIdeasHaveTheirOwnFunnelStepsAndAreNoGateDecisions() {
        IdeaSummary approved = fold(ViewSamples.submitted("a", "A", "web", "alice", List.of("growth"), List.of(), "1000", 4, T0),
                ViewSamples.decided("a", "web", DecisionOutcome.APPROVED, 80, 4, T0.plus(H)));
        IdeaSummary merged = fold(ViewSamples.submitted("m", "M", "web", "bob", List.of("growth"), List.of(), "500", 2, T0),
                ViewSamples.decided("m", "web", DecisionOutcome.APPROVED, 70, 2, T0.plus(H)),
                new IdeaMerged("m", 1, "web", "a", List.of("bob"), "c-m", T0.plus(H.multipliedBy(2)), "erin"),
                ViewSamples.decided("m", "web", DecisionOutcome.WITHDRAWN, 70, 2, T0.plus(H.multipliedBy(3))));
        IdeaSummary mergedBeforeTheGateClosedIt = fold(
                ViewSamples.submitted("n", "N", "web", "bob", List.of("growth"), List.of(), "500", 2, T0),
                ViewSamples.decided("n", "web", DecisionOutcome.REJECTED, 70, 2, T0.plus(H)),
                new IdeaMerged("n", 1, "web", "a", List.of(), "c-n", T0.plus(H.multipliedBy(2)), "erin"));
        IdeaSummary withdrawn = fold(ViewSamples.submitted("w", "W", "identity", "carol", List.of("risk"), List.of(), "700", 1, T0),
                new IdeaWithdrawn("w", 1, "identity", "no longer needed", "c-w", T0.plus(H), "carol"));

        Portfolio portfolio = Portfolio.of(List.of(approved, merged, mergedBeforeTheGateClosedIt, withdrawn), null);

        assertThat(portfolio.funnel()).containsEntry(PipelineStatus.APPROVED, 1L).containsEntry(PipelineStatus.MERGED, 2L)
                .containsEntry(PipelineStatus.WITHDRAWN, 1L);
        assertThat(portfolio.decisions()).containsExactly(Map.entry("APPROVED", 1L));
        assertThat(portfolio.approvedByTeam()).containsExactly(new Portfolio.Investment("web", 1, Map.of("EUR", new BigDecimal("1000")), 4.0));
        assertThat(portfolio.medianToDecision()).as("a withdrawal is no decision; the merged idea's approval was one")
                .isEqualTo(H);
    }

    static IdeaSummary fold(Object... events) {
        return ViewSamples.fold(List.of(events));
    }

    static BigDecimal sum(List<Portfolio.Investment> investments) {
        return investments.stream().flatMap(i -> i.cost().values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
