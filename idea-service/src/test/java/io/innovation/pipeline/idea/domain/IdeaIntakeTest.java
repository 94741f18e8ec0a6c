package io.innovation.pipeline.idea.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.innovation.pipeline.contracts.SchemaValidator;
import io.innovation.pipeline.contracts.SchemaValidator.Checked;
import io.innovation.pipeline.contracts.commands.SubmitIdea;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.contracts.events.Violation;
import io.innovation.pipeline.contracts.testing.SchemaInstances;
import io.innovation.pipeline.idea.domain.IdeaIntake.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class IdeaIntakeTest {
    static final String ID = "0b6d9c38-4e2f-4a51-8a7e-3f0f1f9c2d11";
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final long SEED = 42L;

    @Test
    void aNewValidIdeaIsAcceptedAsVersionOne() {
        Outcome outcome = IdeaIntake.submit(null, ID, IdeaIntake.SCHEMA.read(SampleIdeas.json(SampleIdeas.VALID)), "kafka", "c-1", AT);
        assertThat(outcome).isEqualTo(new Outcome.Accepted(new IdeaSubmitted(ID, 1, "kafka", "c-1", AT, SampleIdeas.VALID)));
    }

    /** What the published schema accepts, intake accepts: 500 commands generated from the schema, each on empty state. */
    @Test
    void everyCommandTheSchemaAcceptsIsAcceptedOnEmptyState() {
        Random keys = new Random(SEED);
        for (JsonNode command : new SchemaInstances(SchemaInstances.schemaOf(SubmitIdea.class), SEED).take(500)) {
            String id = new UUID(keys.nextLong(), keys.nextLong()).toString();
            SubmitIdea expected = ((Checked.Valid<SubmitIdea>) SchemaValidator.of(SubmitIdea.class).read(command)).value();
            assertThat(IdeaIntake.submit(null, id, IdeaIntake.SCHEMA.read(command), "kafka", "c-1", AT)).as(command.toString())
                    .isEqualTo(new Outcome.Accepted(new IdeaSubmitted(id, 1, "kafka", "c-1", AT, expected)));
        }
    }

    @Test
    void whatTheSchemaRefusesIsRejectedNamingEachField() {
        ObjectNode bad = SampleIdeas.json(SampleIdeas.VALID);
        bad.put("title", "x");
        bad.put("impact", 7);
        bad.putArray("themes").add("customer experience");
        bad.remove("team");
        assertThat(IdeaIntake.submit(null, ID, IdeaIntake.SCHEMA.read(bad), "kafka", "c-1", AT)).isEqualTo(new Outcome.Rejected(List.of(
                new Violation("title", "is required and must be 3 to 200 characters"),
                new Violation("team", "is required: 1 to 64 letters, digits, '.', '_' or '-'"),
                new Violation("themes[0]", "must be 1 to 64 letters, digits, '.', '_' or '-'"),
                new Violation("impact", "must be one of 0.25, 0.5, 1, 2, 3"))));
    }

    @Test
    void theSameContentAgainIsADuplicateNotANewIdea() {
        IdeaSubmitted existing = new IdeaSubmitted(ID, 1, "http", "c-1", AT, SampleIdeas.VALID);
        assertThat(IdeaIntake.submit(existing, ID, IdeaIntake.SCHEMA.read(SampleIdeas.json(SampleIdeas.VALID)), "http", "c-2", AT.plusSeconds(5)))
                .isEqualTo(new Outcome.Duplicate(existing));
    }

    @Test
    void otherContentUnderAnExistingIdIsRejected() {
        IdeaSubmitted existing = new IdeaSubmitted(ID, 1, "http", "c-1", AT, SampleIdeas.VALID);
        JsonNode other = SampleIdeas.json("{\"title\": \"Other\", \"problem\": \"p\", \"submitter\": \"bob\", \"team\": \"t\"}");
        assertThat(IdeaIntake.submit(existing, ID, IdeaIntake.SCHEMA.read(other), "kafka", "c-2", AT))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.violations()).extracting(Violation::field).containsExactly("ideaId"));
    }

    @Test
    void theKeyMustBeAUuidAndAnIdeaCannotDependOnItself() {
        JsonNode selfDependent = SampleIdeas.json("{\"title\": \"Loop\", \"problem\": \"p\", \"submitter\": \"bob\", \"team\": \"t\","
                + " \"dependsOn\": [\"" + ID + "\"]}");
        assertThat(IdeaIntake.submit(null, "not-a-uuid", IdeaIntake.SCHEMA.read(SampleIdeas.json(SampleIdeas.VALID)), "kafka", "c", AT))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.violations()).extracting(Violation::field).containsExactly("ideaId"));
        assertThat(IdeaIntake.submit(null, ID, IdeaIntake.SCHEMA.read(selfDependent), "kafka", "c", AT))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.violations()).extracting(Violation::field).containsExactly("dependsOn"));
    }

    @Test
    void aBadKeyAndBadContentAreReportedTogetherKeyFirst() {
        JsonNode bad = SampleIdeas.json("{\"title\": \"x\", \"problem\": \"p\", \"submitter\": \"bob\", \"team\": \"t\"}");
        assertThat(IdeaIntake.check(null, IdeaIntake.SCHEMA.read(bad))).isInstanceOfSatisfying(Checked.Invalid.class,
                invalid -> assertThat(invalid.violations()).extracting(v -> ((Violation) v).field()).containsExactly("ideaId", "title"));
    }

    @Test
    void anIdempotencyKeyAlwaysGivesTheSameUuid() {
        String id = IdeaIntake.idFromIdempotencyKey("request-42");
        assertThat(id).isEqualTo(IdeaIntake.idFromIdempotencyKey("request-42")).isNotEqualTo(IdeaIntake.idFromIdempotencyKey("request-43"));
        assertThat(IdeaRules.isUuid(id)).isTrue();
    }

    @Test
    void theSubmitterIsTheCallerUnlessAnAdminNamesAnother() {
        assertThat(IdeaIntake.submitterFor("alice", false, "mallory")).isEqualTo("alice");
        assertThat(IdeaIntake.submitterFor("alice", false, null)).isEqualTo("alice");
        assertThat(IdeaIntake.submitterFor("admin", true, "bob")).isEqualTo("bob");
        assertThat(IdeaIntake.submitterFor("admin", true, null)).isEqualTo("admin");
        assertThat(IdeaIntake.submitterFor("admin", true, " ")).isEqualTo("admin");
    }
}
