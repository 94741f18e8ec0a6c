package io.innovation.pipeline.idea.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.commands.Money;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaRulesTest {
    static final SubmitIdea VALID = SampleIdeas.VALID;

    @Test
    void aCompleteIdeaIsValid() {
        assertThat(IdeaRules.validate(VALID)).isEmpty();
    }

    @Test
    void onlyTitleProblemSubmitterAndTeamAreRequired() {
        SubmitIdea minimal = new SubmitIdea("Tiny", "A problem", null, "bob", "platform", null, null,
                null, null, null, null, null, null, null, null);
        assertThat(IdeaRules.validate(minimal)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        SubmitIdea bad = new SubmitIdea("x", " ", "p".repeat(10_001), null, "team with spaces", List.of("ok", ""), List.of(),
                -1L, 4.0, 101, 0.0, new Money(new BigDecimal("-1"), "euro"), 4, 21, List.of("not-a-uuid"));
        assertThat(IdeaRules.validate(bad)).extracting(Violation::field).containsExactly(
                "title", "problem", "proposal", "submitter", "team", "themes[1]", "reach", "impact", "confidence",
                "effortWeeks", "costEstimate.amount", "costEstimate.currency", "timeCriticality", "riskReduction", "dependsOn[0]");
    }

    @Test
    void boundariesOfTheScales() {
        SubmitIdea edge = new SubmitIdea("abc", "p", null, "s", "t", null, null,
                0L, 0.25, 0, 520.0, new Money(BigDecimal.ZERO, "USD"), 20, 1, null);
        assertThat(IdeaRules.validate(edge)).isEmpty();
        SubmitIdea tooLong = new SubmitIdea("t".repeat(201), "p", null, "s", "t", null, null,
                null, null, null, 520.5, null, null, null, null);
        assertThat(IdeaRules.validate(tooLong)).extracting(Violation::field).containsExactly("title", "effortWeeks");
    }

    @Test
    void aMissingBodyIsReported() {
        assertThat(IdeaRules.validate(null)).extracting(Violation::field).containsExactly("body");
    }
}
