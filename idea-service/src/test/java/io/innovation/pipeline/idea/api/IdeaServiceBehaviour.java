package io.innovation.pipeline.idea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.innovation.pipeline.contracts.CloudEventCodec;
import io.innovation.pipeline.contracts.EventTypes;
import io.innovation.pipeline.contracts.Topic;
import io.innovation.pipeline.contracts.events.IdeaSubmitted;
import io.innovation.pipeline.idea.domain.SampleIdeas;
import io.innovation.pipeline.idea.stream.IdeaTopology;
import io.innovation.pipeline.platform.stream.StreamFunction;
import io.innovation.pipeline.platform.testing.GoldenAnswers;
import io.innovation.pipeline.platform.testing.KafkaTopicReader;
import io.innovation.pipeline.platform.testing.Readiness;
import io.innovation.pipeline.platform.testing.ServiceBehaviour;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** idea-service against a real broker (embedded KRaft, or a Kafka container): HTTP in, Kafka Streams, interactive queries, metrics. */
@SuppressWarnings("unchecked")
abstract class IdeaServiceBehaviour extends ServiceBehaviour {
    @LocalServerPort
    int port;

    @BeforeEach
    void streamsRunning() {
        Readiness.awaitReady(http);
    }

    @Override
    protected StreamFunction function() {
        return IdeaTopology.FUNCTION;
    }

    @Test
    void aSubmittedIdeaIsCreatedPublishedAndReadable() {
        var created = http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON).body(SampleIdeas.VALID)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(IdeaView.class).returnResult();
        IdeaView idea = created.getResponseBody();
        assertThat(idea.idea()).isEqualTo(SampleIdeas.VALID);
        assertThat(idea.channel()).isEqualTo("http");
        assertThat(created.getResponseHeaders().getLocation()).hasPath("/ideas/" + idea.id());

        byte[] answer = http.get().uri("/ideas/{id}", idea.id()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.team").isEqualTo("identity").jsonPath("$.version").isEqualTo(1)
                .returnResult().getResponseBodyContent();
        GoldenAnswers.record("idea-service.get-idea", answer); // what the gateway's composed view reads
        http.get().uri("/ideas").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + idea.id() + "')]").exists();

        try (KafkaTopicReader reader = new KafkaTopicReader(brokers, Topic.IDEAS.topicName())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(reader.payloads(EventTypes.IDEA_SUBMITTED, IdeaSubmitted.class))
                            .extracting(IdeaSubmitted::ideaId).contains(idea.id()));
        }
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("innovation_ideas_submitted_total{"));
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameIdeaAndOtherContentUnderItConflicts() {
        String first = http.post().uri("/ideas").header("Idempotency-Key", "retry-me").contentType(MediaType.APPLICATION_JSON)
                .body(SampleIdeas.VALID).exchange().expectStatus().isCreated()
                .expectBody(IdeaView.class).returnResult().getResponseBody().id();
        String again = http.post().uri("/ideas").header("Idempotency-Key", "retry-me").contentType(MediaType.APPLICATION_JSON)
                .body(SampleIdeas.VALID).exchange().expectStatus().isOk()
                .expectBody(IdeaView.class).returnResult().getResponseBody().id();
        assertThat(again).isEqualTo(first);

        Map<String, Object> other = Map.of("title", "Another idea", "problem", "p", "submitter", "bob", "team", "identity");
        http.post().uri("/ideas").header("Idempotency-Key", "retry-me").contentType(MediaType.APPLICATION_JSON)
                .body(other).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theSubmitterIsTheCallerTheGatewayNamesAndAnAdminMaySubmitOnSomeonesBehalf() {
        IdeaView own = http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "carol").header("X-Innovation-Roles", "SUBMITTER")
                .body(Map.of("title", "Dark mode", "problem", "Eyes hurt at night", "submitter", "mallory", "team", "web"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(IdeaView.class).returnResult().getResponseBody();
        assertThat(own.idea().submitter()).isEqualTo("carol");
        assertThat(own.actor()).isEqualTo("carol");

        IdeaView withoutSubmitter = http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "carol").header("X-Innovation-Roles", "SUBMITTER")
                .body(Map.of("title", "Light mode", "problem", "Too dark by day", "team", "web"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(IdeaView.class).returnResult().getResponseBody();
        assertThat(withoutSubmitter.idea().submitter()).isEqualTo("carol");

        IdeaView onBehalf = http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "admin").header("X-Innovation-Roles", "ADMIN")
                .body(Map.of("title", "Paper form import", "problem", "Ideas arrive on paper", "submitter", "dave", "team", "web"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(IdeaView.class).returnResult().getResponseBody();
        assertThat(onBehalf.idea().submitter()).isEqualTo("dave");
        assertThat(onBehalf.actor()).isEqualTo("admin");
    }

    @Test
    void invalidInputIsA400ProblemNamingEveryBadField() {
        http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "x", "impact", 7, "confidence", 150))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[*].field").value(fields -> assertThat((java.util.List<Object>) fields)
                        .containsExactlyInAnyOrder("title", "problem", "submitter", "team", "impact", "confidence"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\":\"Good title\",\"reach\":\"lots\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat((java.util.List<Object>) fields)
                        .containsExactly("problem", "submitter", "team", "reach"))
                .jsonPath("$.errors[3].message").isEqualTo("must be a whole number from 0 to 10000000000 (users affected per quarter)");
        http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON).body("{not json")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tooLargeBodiesAreRefusedAndUnknownIdsAre404() throws Exception {
        http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\":\"" + "x".repeat(70_000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // a body of unknown length (chunked) is cut off as soon as it passes the limit
        byte[] big = ("{\"title\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ideas"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        http.get().uri("/ideas/{id}", "5d7f3a52-1f57-4c0e-8a59-7c4f1b8e9a10").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    @Test
    void aRewordedDuplicateIsOfferedAsSimilarWithItsScoreAndUnrelatedIdeasAreNot() {
        IdeaView original = http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Export invoices as PDF", "submitter", "bob", "team", "billing",
                        "problem", "Finance teams cannot download their invoices and copy numbers by hand from the billing page"))
                .exchange().expectStatus().isCreated()
                .expectBody(IdeaView.class).returnResult().getResponseBody();
        IdeaView unrelated = http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "Parental controls in the streaming app", "submitter", "bob", "team", "media",
                        "problem", "Parents cannot stop children from watching adult content on family accounts"))
                .exchange().expectStatus().isCreated()
                .expectBody(IdeaView.class).returnResult().getResponseBody();

        // the index follows the ideas topic: the new ideas arrive within moments
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get()
                .uri(uri -> uri.path("/ideas/similar").queryParam("title", "Download invoices in PDF format")
                        .queryParam("problem", "Customers cannot save an invoice from the billing screen and retype the amounts").build())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.similar[0].ideaId").isEqualTo(original.id())
                .jsonPath("$.similar[0].title").isEqualTo("Export invoices as PDF")
                .jsonPath("$.similar[0].score").value(score -> assertThat(((Number) score).doubleValue()).isBetween(0.3, 1.0))
                .jsonPath("$.similar[?(@.ideaId == '" + unrelated.id() + "')]").doesNotExist()
                .jsonPath("$.minScore").isEqualTo(0.3));

        http.get().uri("/ideas/{id}/similar", original.id()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.similar[?(@.ideaId == '" + original.id() + "')]").doesNotExist();
        http.get().uri("/ideas/similar").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("title");
        http.get().uri("/ideas/similar?title=invoices&limit=0").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        http.get().uri("/ideas/{id}/similar", "5d7f3a52-1f57-4c0e-8a59-7c4f1b8e9a10").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private IdeaView submitAs(String user, Map<String, Object> idea) {
        return http.post().uri("/ideas").contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", user).header("X-Innovation-Roles", "SUBMITTER")
                .body(idea).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody(IdeaView.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> darkMode(double effortWeeks) {
        return Map.of("title", "Dark mode", "problem", "Eyes hurt at night", "team", "web", "effortWeeks", effortWeeks);
    }

    @Test
    void theSubmitterEditsTheVersionReadAndAStaleOrMissingIfMatchOrAnotherUserIsRefused() {
        IdeaView idea = submitAs("carol", darkMode(2));
        http.get().uri("/ideas/{id}", idea.id()).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");

        http.put().uri("/ideas/{id}", idea.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "carol").body(darkMode(3)).exchange()
                .expectStatus().isEqualTo(428).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/ideas/{id}", idea.id()).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"7\"")
                .header("X-Innovation-User", "carol").body(darkMode(3)).exchange()
                .expectStatus().isEqualTo(412).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/ideas/{id}", idea.id()).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"")
                .header("X-Innovation-User", "mallory").header("X-Innovation-Roles", "SUBMITTER").body(darkMode(3)).exchange()
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/ideas/{id}", idea.id()).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"")
                .header("X-Innovation-User", "carol").body(Map.of("title", "x", "problem", "p", "team", "web")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("title");

        http.put().uri("/ideas/{id}", idea.id()).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"")
                .header("X-Innovation-User", "carol").header("X-Innovation-Roles", "SUBMITTER").body(darkMode(3)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"2\"")
                .expectBody().jsonPath("$.version").isEqualTo(2).jsonPath("$.effortWeeks").isEqualTo(3.0)
                .jsonPath("$.submitter").isEqualTo("carol");
        http.put().uri("/ideas/{id}", idea.id()).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"")
                .header("X-Innovation-User", "carol").body(darkMode(5)).exchange()
                .expectStatus().isEqualTo(412);
        http.get().uri("/ideas/{id}", idea.id()).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        http.put().uri("/ideas/{id}", "5d7f3a52-1f57-4c0e-8a59-7c4f1b8e9a10").contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"").header("X-Innovation-User", "carol").body(darkMode(3)).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/ideas/{id}/vote", idea.id()).exchange()
                .expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void twoUsersVoteOneTwiceAndTheCountIsTwo() {
        IdeaView idea = submitAs("carol", darkMode(2));
        for (String voter : new String[] {"rita", "paul", "rita"}) {
            http.put().uri("/ideas/{id}/vote", idea.id()).header("X-Innovation-User", voter).exchange().expectStatus().isOk();
        }
        http.get().uri("/ideas/{id}", idea.id()).exchange().expectStatus().isOk().expectBody().jsonPath("$.votes").isEqualTo(2)
                .jsonPath("$.version").isEqualTo(1);
        http.delete().uri("/ideas/{id}/vote", idea.id()).header("X-Innovation-User", "paul").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.votes").isEqualTo(1);
    }

    @Test
    void authorsEditTheirCommentsAndAnAdminModerates() {
        IdeaView idea = submitAs("carol", darkMode(2));
        var added = http.post().uri("/ideas/{id}/comments", idea.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "paul").header("Idempotency-Key", "comment-1").body(Map.of("text", "Which screens first?"))
                .exchange().expectStatus().isCreated()
                .expectBody(IdeaLifecycleController.CommentView.class).returnResult();
        IdeaLifecycleController.CommentView comment = added.getResponseBody();
        assertThat(comment.author()).isEqualTo("paul");
        assertThat(added.getResponseHeaders().getLocation()).hasPath("/ideas/" + idea.id() + "/comments/" + comment.id());
        http.post().uri("/ideas/{id}/comments", idea.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "paul").header("Idempotency-Key", "comment-1").body(Map.of("text", "Which screens first?"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(comment.id());
        http.post().uri("/ideas/{id}/comments", idea.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "paul").body(Map.of("text", "x".repeat(5_001))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("text");

        http.put().uri("/ideas/{id}/comments/{c}", idea.id(), comment.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "rita").body(Map.of("text", "Not yours")).exchange().expectStatus().isForbidden();
        http.put().uri("/ideas/{id}/comments/{c}", idea.id(), comment.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "paul").body(Map.of("text", "Which screens come first?")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.text").isEqualTo("Which screens come first?")
                .jsonPath("$.editedAt").exists();
        http.get().uri("/ideas/{id}/comments", idea.id()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].text").isEqualTo("Which screens come first?");
        http.get().uri("/ideas/{id}", idea.id()).exchange().expectBody().jsonPath("$.commentCount").isEqualTo(1);

        http.delete().uri("/ideas/{id}/comments/{c}", idea.id(), comment.id()).header("X-Innovation-User", "rita").exchange()
                .expectStatus().isForbidden();
        http.delete().uri("/ideas/{id}/comments/{c}", idea.id(), comment.id())
                .header("X-Innovation-User", "admin").header("X-Innovation-Roles", "ADMIN").exchange()
                .expectStatus().isNoContent();
        http.get().uri("/ideas/{id}/comments", idea.id()).exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        http.put().uri("/ideas/{id}/comments/{c}", idea.id(), comment.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "paul").body(Map.of("text", "again")).exchange().expectStatus().isNotFound();
    }

    @Test
    void aWithdrawnIdeaOnlyReadsAndIsNoLongerOfferedAsSimilar() {
        IdeaView idea = submitAs("carol", Map.of("title", "Carbon footprint of each delivery route", "team", "logistics",
                "problem", "Dispatchers cannot see how much carbon each delivery route emits"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get()
                .uri(uri -> uri.path("/ideas/similar").queryParam("title", "Carbon footprint of delivery routes").build())
                .exchange().expectBody().jsonPath("$.similar[?(@.ideaId == '" + idea.id() + "')]").exists());

        http.post().uri("/ideas/{id}/withdrawal", idea.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "rita").header("X-Innovation-Roles", "REVIEWER").body(Map.of("reason", "not mine"))
                .exchange().expectStatus().isForbidden();
        http.post().uri("/ideas/{id}/withdrawal", idea.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "carol").body(Map.of("reason", "The carrier reports it now"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
        http.put().uri("/ideas/{id}/vote", idea.id()).header("X-Innovation-User", "rita").exchange()
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get()
                .uri(uri -> uri.path("/ideas/similar").queryParam("title", "Carbon footprint of delivery routes").build())
                .exchange().expectBody().jsonPath("$.similar[?(@.ideaId == '" + idea.id() + "')]").doesNotExist());
    }

    @Test
    void mergingADuplicateMovesItsVotesEachPersonOnce() {
        IdeaView target = submitAs("carol", darkMode(2));
        IdeaView duplicate = submitAs("dave", Map.of("title", "Night theme", "problem", "Bright screens at night", "team", "web"));
        http.put().uri("/ideas/{id}/vote", target.id()).header("X-Innovation-User", "rita").exchange().expectStatus().isOk();
        for (String voter : new String[] {"rita", "paul"}) {
            http.put().uri("/ideas/{id}/vote", duplicate.id()).header("X-Innovation-User", voter).exchange().expectStatus().isOk();
        }

        http.post().uri("/ideas/{id}/merge", duplicate.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "carol").header("X-Innovation-Roles", "SUBMITTER").body(Map.of("into", target.id()))
                .exchange().expectStatus().isForbidden();
        http.post().uri("/ideas/{id}/merge", duplicate.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "rita").header("X-Innovation-Roles", "REVIEWER")
                .body(Map.of("into", "5d7f3a52-1f57-4c0e-8a59-7c4f1b8e9a10"))
                .exchange().expectStatus().isNotFound();
        http.post().uri("/ideas/{id}/merge", duplicate.id()).contentType(MediaType.APPLICATION_JSON)
                .header("X-Innovation-User", "rita").header("X-Innovation-Roles", "REVIEWER").body(Map.of("into", target.id()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("MERGED").jsonPath("$.mergedInto").isEqualTo(target.id());

        // the target takes the voters on its own partition, moments later
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get().uri("/ideas/{id}", target.id()).exchange()
                .expectBody().jsonPath("$.votes").isEqualTo(2));
        http.put().uri("/ideas/{id}/vote", duplicate.id()).header("X-Innovation-User", "erin").exchange().expectStatus().isEqualTo(409);
    }
}
