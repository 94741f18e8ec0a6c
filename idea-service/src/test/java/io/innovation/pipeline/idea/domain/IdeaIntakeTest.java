package io.innovation.pipeline.idea.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.idea.domain.IdeaIntake.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaIntakeTest {
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aNewValidIdeaIsAcceptedAsVersionOne() {
        Outcome outcome = IdeaIntake.submit(null, ID, SampleIdeas.VALID, "kafka", "c-1", AT);
        assertThat(outcome).isEqualTo(new Outcome.Accepted(new IdeaSubmitted(ID, 1, "kafka", "c-1", AT, SampleIdeas.VALID)));
    }

    @Test
    void theSameContentAgainIsADuplicateNotANewIdea() {
        IdeaSubmitted existing = new IdeaSubmitted(ID, 1, "http", "c-1", AT, SampleIdeas.VALID);
        assertThat(IdeaIntake.submit(existing, ID, SampleIdeas.VALID, "http", "c-2", AT.plusSeconds(5)))
                .isEqualTo(new Outcome.Duplicate(existing));
    }

    @Test
    void otherContentUnderAnExistingIdIsRejected() {
        IdeaSubmitted existing = new IdeaSubmitted(ID, 1, "http", "c-1", AT, SampleIdeas.VALID);
        var other = new io.innovation.pipeline.contracts.commands.SubmitIdea("Other", "p", null, "bob", "t",
                null, null, null, null, null, null, null, null, null, null);
        assertThat(IdeaIntake.submit(existing, ID, other, "kafka", "c-2", AT))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.violations()).extracting(Violation::field).containsExactly("ideaId"));
    }

    @Test
    void theKeyMustBeAUuidAndAnIdeaCannotDependOnItself() {
        var selfDependent = new io.innovation.pipeline.contracts.commands.SubmitIdea("Loop", "p", null, "bob", "t",
                null, null, null, null, null, null, null, null, null, List.of(ID));
        assertThat(IdeaIntake.submit(null, "not-a-uuid", SampleIdeas.VALID, "kafka", "c", AT))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.violations()).extracting(Violation::field).containsExactly("ideaId"));
        assertThat(IdeaIntake.submit(null, ID, selfDependent, "kafka", "c", AT))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.violations()).extracting(Violation::field).containsExactly("dependsOn"));
    }

    @Test
    void anIdempotencyKeyAlwaysGivesTheSameUuid() {
        String id = IdeaIntake.idFromIdempotencyKey("request-42");
        assertThat(id).isEqualTo(IdeaIntake.idFromIdempotencyKey("request-42")).isNotEqualTo(IdeaIntake.idFromIdempotencyKey("request-43"));
        assertThat(IdeaRules.isUuid(id)).isTrue();
    }
}
