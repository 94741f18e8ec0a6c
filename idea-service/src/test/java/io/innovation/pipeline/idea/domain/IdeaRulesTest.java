package io.innovation.pipeline.idea.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the schema cannot state; the schema's own are tested in contracts (SchemaValidatorTest). */
class IdeaRulesTest {
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";

    @Test
    void theKeyMustBeAUuid() {
        assertThat(IdeaRules.validateKey(ID)).isEmpty();
        assertThat(IdeaRules.validateKey(ID.toUpperCase())).isEmpty();
        assertThat(IdeaRules.validateKey(null)).extracting(Violation::field).containsExactly("ideaId");
        assertThat(IdeaRules.validateKey("not-a-uuid")).extracting(Violation::field).containsExactly("ideaId");
        assertThat(IdeaRules.validateKey("0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d1")).extracting(Violation::field).containsExactly("ideaId");
        assertThat(IdeaRules.validateKey("{" + ID + "}")).extracting(Violation::field).containsExactly("ideaId");
    }

    @Test
    void anIdeaCannotDependOnItselfWhateverTheCase() {
        assertThat(IdeaRules.validateAgainstKey(ID, SampleIdeas.VALID)).isEmpty();
        SubmitIdea loop = new SubmitIdea("Loop", "p", null, "bob", "t", null, null,
                null, null, null, null, null, null, null, List.of(SampleIdeas.OTHER_ID, ID.toUpperCase()));
        assertThat(IdeaRules.validateAgainstKey(ID, loop)).containsExactly(new Violation("dependsOn", "an idea cannot depend on itself"));
    }
}
