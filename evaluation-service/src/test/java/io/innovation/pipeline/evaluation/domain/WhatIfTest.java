package io.innovation.pipeline.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.evaluation.domain.GateDecision.Outcome;
import io.innovation.pipeline.evaluation.domain.IdeaEvaluation.Rules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What-if re-ranks open and approved ideas under other rules and names the decisions that would change. */
class WhatIfTest {
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    static final Rules RULES = new Rules(Ideas.STRATEGY, ScoringSettings.defaults(), GatePolicy.defaults());

    static IdeaEvaluation evaluated(String id, String theme, Long reach) {
        IdeaFacts facts = new IdeaFacts(id, "Idea " + id, "team", List.of(theme), reach, 1.0, 50, 7.0, null, null, 3, 2);
        return IdeaEvaluation.submitted(null, facts, 1, "alice", List.of(), T0, RULES).after();
    }

    @Test
    void aHigherWeightForOneThemeMovesItsIdeasUpAndSaysWhichDecisionsWouldChange() {
        IdeaEvaluation onReliability = evaluated("a", "platform-reliability", 1000L); // 36.02: waits for review
        IdeaEvaluation onCustomers = evaluated("b", "customer-experience", 1000L);    // alignment 1: 48.02, waits too
        IdeaEvaluation rejected = evaluated("c", "moonshots", 1L);
        assertThat(rejected.decision().outcome()).isEqualTo(Outcome.REJECTED);

        List<WhatIf.Ranked> now = WhatIf.rank(List.of(onReliability, onCustomers, rejected), Map.of(), RULES.strategy(),
                RULES.scoring(), RULES.gate());
        List<WhatIf.Ranked> thenRanked = WhatIf.rank(List.of(onReliability, onCustomers, rejected), Map.of(),
                Strategy.of(new StrategyTheme("platform-reliability", "Platform reliability", 1.0),
                        new StrategyTheme("customer-experience", "Customer experience", 0.1)),
                RULES.scoring(), RULES.gate().withThresholds(45, 30));

        assertThat(now).extracting(WhatIf.Ranked::ideaId).containsExactly("b", "a");
        assertThat(now).noneMatch(WhatIf.Ranked::decisionChanges);
        assertThat(thenRanked).extracting(WhatIf.Ranked::ideaId).containsExactly("a", "b");
        WhatIf.Ranked a = thenRanked.get(0);
        assertThat(a.rank()).isEqualTo(2);
        assertThat(a.whatIfRank()).isEqualTo(1);
        assertThat(a.whatIfPriority()).isEqualTo(48.02);
        assertThat(a.wouldBe()).isEqualTo(Outcome.APPROVED);
        assertThat(a.decisionChanges()).isTrue();
        assertThat(thenRanked.get(1).wouldBe()).as("21.02 under the new weights").isEqualTo(Outcome.REJECTED);
        assertThat(thenRanked.get(1).decisionChanges()).isTrue();
        assertThat(onReliability.assessment().priority()).as("nothing is changed").isEqualTo(36.02);
    }

    @Test
    void anApprovedIdeaThatWouldNoLongerBeApprovedIsAChange() {
        IdeaFacts facts = new IdeaFacts("s", "Strong", "team", List.of("customer-experience"), 5000L, 2.0, 80, 6.0,
                new BigDecimal("1000"), "EUR", 8, 5);
        IdeaEvaluation approved = IdeaEvaluation.submitted(null, facts, 1, "alice", List.of(), T0, RULES).after();
        approved = approved.budgetAnswered(approved.sequence(), true, new io.innovation.pipeline.contracts.events.BudgetStanding(
                "customer-experience", "2026-Q4", "EUR", new BigDecimal("1000"), new BigDecimal("5000"), new BigDecimal("1000"),
                new BigDecimal("4000"), BigDecimal.ZERO), "reserved", T0).after();
        assertThat(approved.decision().outcome()).isEqualTo(Outcome.APPROVED);

        List<WhatIf.Ranked> stricter = WhatIf.rank(List.of(approved), Map.of("s", "Strong idea"), RULES.strategy(),
                RULES.scoring(), RULES.gate().withThresholds(95, 90));

        assertThat(stricter).singleElement().satisfies(ranked -> {
            assertThat(ranked.title()).isEqualTo("Strong idea");
            assertThat(ranked.current()).isEqualTo(Outcome.APPROVED);
            assertThat(ranked.wouldBe()).isEqualTo(Outcome.REJECTED);
            assertThat(ranked.decisionChanges()).isTrue();
        });
    }
}
