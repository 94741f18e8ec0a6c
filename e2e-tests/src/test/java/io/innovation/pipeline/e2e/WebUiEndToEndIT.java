package io.innovation.pipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The web UI in headless Chromium against the real system (the run's shared one): each demo user signs in and sees
 * the screens of their roles; an idea submitted in one window appears live on another's board and page; a
 * reviewer reviews and decides; an executive reads the portfolio at another date; a planner cuts capacity after a
 * what-if and pins, starts and delivers; a team member starts her team's item; the screens fit a phone. Screenshots of every screen go to
 * target/screenshots. The ideas here belong to teams of their own (ui-web, ui-payments, ui-plan), so the pipeline's
 * suite, which shares the system, does not see them on its teams' roadmaps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith({Chromium.Installed.class, SharedPipeline.class})
class WebUiEndToEndIT {
    /** The estimates of the pipeline suite's grey-zone idea: the policy proposes to reject it, before and after a review. */
    static final String GREY_IDEA = """
            {"title": "Reconcile partner invoices nightly", "problem": "Partner invoices are reconciled by hand",
             "team": "ui-payments", "themes": ["platform-reliability"], "reach": 1000, "impact": 1, "confidence": 50,
             "effortWeeks": 7, "costEstimate": {"amount": 20000, "currency": "EUR"}, "timeCriticality": 3, "riskReduction": 2}
            """;
    static final String TITLE = "Self-service password reset for partners";

    Chromium chromium;
    URI gatewayUri;
    GatewayClient alice;
    String submittedId;
    String greyId;

    @BeforeAll
    void start(SharedPipeline.Handle shared) throws Exception {
        // the browser first: without one the class fails before any system is started for it
        chromium = Chromium.start(Path.of(System.getProperty("e2e.work.dir", "target/e2e")).resolve("chromium"));
        gatewayUri = shared.system().gateway.baseUri();
        alice = new GatewayClient(gatewayUri);
        // an idea the similar-ideas hint can offer while a near duplicate is typed
        HttpResponse<String> existing = alice.post("/api/ideas", """
                {"title": "Self-service password reset", "problem": "Support spends a fifth of its time on password resets",
                 "team": "ui-web", "themes": ["customer-experience"], "reach": 500, "impact": 1, "confidence": 50, "effortWeeks": 2}
                """);
        assertThat(existing.statusCode()).as(existing.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void eachDemoUserSignsInAndSeesTheScreensOfTheirRoles() throws Exception {
        Map<String, List<String>> screens = Map.of(
                "alice", List.of("Board", "Submit", "Roadmap"),
                "rita", List.of("Board", "Submit", "Review", "Roadmap"),
                "paul", List.of("Board", "Submit", "Roadmap", "Portfolio"),
                "erin", List.of("Board", "Submit", "Review", "Roadmap", "Portfolio"),
                "admin", List.of("Board", "Submit", "Roadmap", "Portfolio"));
        for (Map.Entry<String, List<String>> user : screens.entrySet()) {
            WebUi ui = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, user.getKey());
            assertThat(ui.window.getCurrentUrl()).isEqualTo(gatewayUri.resolve("/").toString());
            ui.waitFor(By.cssSelector("section[data-status=SCHEDULED]"));
            List<String> shown = ui.window.findElements(By.cssSelector("#nav a")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            assertThat(shown).as("screens of %s", user.getKey()).isEqualTo(user.getValue());
            assertThat(ui.unlabelledControls()).as("unlabelled controls on the board").isEmpty();
            ui.window.quit();
        }
    }

    @Test
    @Order(2)
    void anIdeaSubmittedInOneWindowAppearsLiveOnAnotherWindowsBoardAndPage() throws Exception {
        WebUi watcher = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "paul");
        watcher.window.findElement(By.id("filter-team")).sendKeys("ui-web");
        watcher.waitFor(By.cssSelector("section[data-status=SCHEDULED]"));
        watcher.markPage();

        WebUi submitter = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "alice");
        submitter.go("#/submit");
        assertThat(submitter.unlabelledControls()).as("unlabelled controls on the submit screen").isEmpty();
        // nothing filled in: the gateway's problem details show at their fields
        submitter.window.findElement(By.id("submit-idea")).click();
        submitter.waitForText(By.id("f-title-error"), "3 to 200 characters");
        assertThat(submitter.window.findElement(By.id("f-title")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(submitter.window.findElement(By.id("f-team-error")).isDisplayed()).isTrue();

        submitter.window.findElement(By.id("f-title")).sendKeys(TITLE);
        submitter.waitForText(By.id("similar-list"), "Self-service password reset");
        submitter.window.findElement(By.id("f-problem")).sendKeys("Partners call our support desk to reset their passwords");
        submitter.window.findElement(By.id("f-team")).sendKeys("ui-web");
        submitter.window.findElement(By.id("f-themes")).sendKeys("customer-experience");
        submitter.window.findElement(By.id("f-reach")).sendKeys("4000");
        new Select(submitter.window.findElement(By.id("f-impact"))).selectByValue("2");
        submitter.window.findElement(By.id("f-confidence")).sendKeys("80");
        submitter.window.findElement(By.id("f-effortWeeks")).sendKeys("4");
        submitter.window.findElement(By.id("f-costAmount")).sendKeys("20000");
        new Select(submitter.window.findElement(By.id("f-timeCriticality"))).selectByValue("8");
        new Select(submitter.window.findElement(By.id("f-riskReduction"))).selectByValue("5");
        submitter.screenshot("submit");
        submitter.window.findElement(By.id("submit-idea")).click();

        submitter.waitUntil(driver -> driver.getCurrentUrl().contains("#/ideas/"));
        submittedId = submitter.window.getCurrentUrl().replaceAll(".*#/ideas/", "");
        // the other window's board shows it without a reload, and moves it along the pipeline
        watcher.waitFor(By.cssSelector("section[data-status=SCHEDULED] [data-idea='" + submittedId + "']"));
        watcher.assertNotReloaded();
        watcher.screenshot("board");

        submitter.waitForText(By.cssSelector("h1 .badge"), "Scheduled");
        submitter.waitForText(By.cssSelector("[data-testid=outcome]"), "APPROVED");
        assertThat(submitter.window.findElement(By.cssSelector("[data-testid=slot]")).getText()).matches("\\d{4}-Q[1-4].*");
        assertThat(submitter.window.findElements(By.cssSelector("#scores-heading + .scroll table tbody tr"))).hasSize(3);
        assertThat(submitter.window.findElement(By.id("explanation")).getText()).contains("person-weeks");
        submitter.window.findElement(By.xpath("//label[span[text()='Executive']]")).click();
        submitter.waitForText(By.id("explanation"), "Priority");
        assertThat(submitter.unlabelledControls()).as("unlabelled controls on the idea page").isEmpty();
        submitter.screenshot("idea");

        // the same idea in the other window follows a vote cast in the first
        watcher.go("#/ideas/" + submittedId);
        watcher.waitForText(By.cssSelector("[data-testid=votes]"), "0");
        watcher.markPage();
        submitter.window.findElement(By.id("vote")).click();
        watcher.waitForText(By.cssSelector("[data-testid=votes]"), "1");
        watcher.assertNotReloaded();
        watcher.window.quit();
        submitter.window.quit();
    }

    @Test
    @Order(3)
    void aReviewerReviewsAndDecidesAgainstTheProposalWithARationale() throws Exception {
        HttpResponse<String> created = alice.post("/api/ideas", GREY_IDEA);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        greyId = GatewayClient.JSON.readTree(created.body()).get("id").asString();
        alice.awaitStatus(greyId, "IN_EVALUATION");

        WebUi rita = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "rita");
        rita.go("#/review");
        rita.waitFor(By.cssSelector("button[data-idea='" + greyId + "']")).click();
        rita.waitForText(By.cssSelector("[data-testid=proposal]"), "REJECTED");
        new Select(rita.window.findElement(By.id("review-feasibility"))).selectByValue("4");
        new Select(rita.window.findElement(By.id("review-value"))).selectByValue("5");
        new Select(rita.window.findElement(By.id("review-risk"))).selectByValue("2");
        rita.window.findElement(By.id("review-comment")).sendKeys("Hand reconciliation costs two people");
        rita.window.findElement(By.id("send-review")).click();
        rita.waitForText(By.cssSelector("form[aria-labelledby=review-heading] [role=status]"), "Review recorded");
        assertThat(rita.window.findElement(By.cssSelector("[data-testid=proposal]")).getText()).isEqualTo("REJECTED");

        rita.window.findElement(By.cssSelector("input[name=outcome][value=APPROVED]")).click();
        rita.waitForText(By.id("decision-rationale-hint"), "Required");
        assertThat(rita.unlabelledControls()).as("unlabelled controls on the review screen").isEmpty();
        // against the proposal without a rationale: the gateway's answer says why, next to the form
        rita.window.findElement(By.id("send-decision")).click();
        rita.waitForText(By.cssSelector("form[aria-labelledby=decision-heading] [role=status]"), "rationale");
        rita.window.findElement(By.id("decision-rationale")).sendKeys("Two people reconcile by hand every night");
        rita.screenshot("review");
        rita.window.findElement(By.id("send-decision")).click();
        rita.waitForText(By.id("review-detail"), "has left your queue");

        JsonNode decision = alice.awaitStatus(greyId, "SCHEDULED").get("evaluation").get("decision");
        assertThat(decision.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(decision.get("decidedBy").asString()).isEqualTo("rita");
        assertThat(decision.get("proposal").asString()).isEqualTo("REJECTED");
        assertThat(decision.get("rationale").asString()).isEqualTo("Two people reconcile by hand every night");
        rita.window.quit();
    }

    @Test
    @Order(4)
    void aSubmitterSeesNoReviewScreenAndNoReviewButtons() throws Exception {
        WebUi ui = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "alice");
        assertThat(ui.window.findElement(By.cssSelector("#nav a[data-screen=review]")).isDisplayed()).isFalse();
        ui.go("#/review");
        ui.waitForText(By.id("main"), "has no access to this screen");
        assertThat(ui.window.findElements(By.id("send-review"))).isEmpty();
        ui.go("#/ideas/" + greyId);
        ui.waitForText(By.cssSelector("[data-testid=outcome]"), "APPROVED");
        assertThat(ui.window.findElements(By.cssSelector("#send-review, #send-decision"))).isEmpty();
        ui.window.quit();
    }

    @Test
    @Order(5)
    void anExecutiveReadsThePortfolioAndChangesTheDate() throws Exception {
        WebUi erin = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "erin");
        erin.go("#/portfolio");
        erin.waitUntil(driver -> driver.findElements(By.cssSelector(".chart svg")).size() == 3);
        assertThat(Long.parseLong(erin.window.findElement(By.cssSelector("[data-testid=ideas]")).getText())).isPositive();
        assertThat(erin.window.findElement(By.cssSelector("[data-testid=approved]")).getText()).isNotEqualTo("0");
        assertThat(erin.unlabelledControls()).as("unlabelled controls on the portfolio").isEmpty();
        erin.screenshot("portfolio");

        // a date before any idea: the picture replayed from the log is empty
        WebElement asOf = erin.window.findElement(By.id("as-of"));
        erin.script("arguments[0].value = '2020-01-01'; arguments[0].dispatchEvent(new Event('change'))", asOf);
        erin.waitForText(By.cssSelector("[data-testid=as-of-shown]"), "2020-01-01");
        assertThat(erin.window.findElement(By.cssSelector("[data-testid=ideas]")).getText()).isEqualTo("0");
        String csv = erin.window.findElement(By.linkText("Download portfolio (CSV)")).getDomAttribute("href");
        assertThat(csv).isEqualTo("/api/portfolio.csv?asOf=2020-01-01T23%3A59%3A59Z");
        HttpResponse<String> download = new GatewayClient(gatewayUri, "erin", GatewayClient.DEMO_PASSWORD).get(csv);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        erin.window.quit();
    }

    @Test
    @Order(6)
    void theRoadmapShowsEachItemsSpanAndItsReasonOnHoverAndFocus() throws Exception {
        WebUi paul = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "paul");
        paul.go("#/roadmap");
        WebElement slot = paul.waitFor(By.cssSelector("section[data-team=ui-web] .slot[data-idea='" + submittedId + "']"));
        WebElement reason = slot.findElement(By.cssSelector(".reason"));
        assertThat(reason.isDisplayed()).isFalse();
        new Actions(paul.window).moveToElement(slot).perform();
        paul.waitUntil(driver -> reason.isDisplayed());
        assertThat(reason.getText()).contains("team ui-web");
        new Actions(paul.window).moveToElement(paul.window.findElement(By.tagName("h1"))).perform();
        paul.waitUntil(driver -> !reason.isDisplayed());
        paul.script("arguments[0].focus()", slot);
        paul.waitUntil(driver -> reason.isDisplayed());
        assertThat(paul.window.findElements(By.cssSelector("section[data-team=ui-web] [role=meter]"))).isNotEmpty();
        paul.screenshot("roadmap");
        paul.window.quit();
    }

    @Test
    @Order(7)
    void aPlannerCutsCapacitySeesTheWhatIfAppliesItAndPinsStartsAndDeliversAnItem() throws Exception {
        // two approved ideas of a team of this journey's own: both fit the first quarter of its horizon (26 weeks)
        String small = submitPlanningIdea("Rotate partner API keys", 2);
        String large = submitPlanningIdea("Partner usage dashboard", 12);
        alice.awaitStatus(small, "SCHEDULED");
        alice.awaitStatus(large, "SCHEDULED");
        String first = roadmapItem(large).get("startPeriod").asString();
        assertThat(roadmapItem(small).get("startPeriod").asString()).isEqualTo(first);
        String second = quarterAfter(first, 1);
        String third = quarterAfter(first, 2);

        WebUi paul = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "paul");
        paul.go("#/roadmap");
        paul.waitFor(slot(large));
        WebElement capacity = paul.window.findElement(By.id("capacity-" + PLANNING_TEAM + "-" + first));
        capacity.clear();
        capacity.sendKeys("2");
        paul.window.findElement(By.id("what-if-" + PLANNING_TEAM + "-" + first)).click();
        // the preview lists the move with its cause; nothing has moved yet
        String cause = "capacity of team " + PLANNING_TEAM + " in " + first + " cut from 26 to 2 weeks by paul";
        By move = By.cssSelector("#what-if li[data-idea='" + large + "']");
        paul.waitForText(move, cause);
        assertThat(paul.window.findElement(move).getText()).contains(first + " → " + second);
        assertThat(paul.window.findElements(By.cssSelector("#what-if li[data-idea='" + small + "']"))).isEmpty();
        assertThat(paul.window.findElement(slot(large)).getDomAttribute("data-start")).isEqualTo(first);
        assertThat(paul.unlabelledControls()).as("unlabelled controls on the planner's roadmap").isEmpty();
        paul.screenshot("roadmap-what-if");

        paul.window.findElement(By.id("apply-capacity")).click();
        paul.waitForText(By.id("capacity-applied"), "1 item moved");
        paul.waitUntil(driver -> second.equals(driver.findElement(slot(large)).getDomAttribute("data-start")));
        assertThat(paul.window.findElement(slot(large)).getDomAttribute("class")).contains("moved");
        assertThat(paul.window.findElement(slot(large)).findElement(By.cssSelector(".reason")).getDomProperty("textContent"))
                .contains(cause);
        assertThat(paul.window.findElement(By.cssSelector("section[data-team=" + PLANNING_TEAM + "] [data-period='" + first + "']"))
                .getText()).contains("capacity set by paul");
        paul.screenshot("roadmap-applied");

        // pinned to the third quarter, the small item goes there; started, it offers delivery
        new Select(paul.window.findElement(By.id("pin-" + small))).selectByValue(third);
        paul.window.findElement(slot(small)).findElement(By.cssSelector("button[data-action=pin]")).click();
        paul.waitUntil(driver -> third.equals(driver.findElement(slot(small)).getDomAttribute("data-start")));
        assertThat(paul.window.findElement(slot(small)).getText()).contains("pinned to " + third);
        paul.window.findElement(slot(small)).findElement(By.cssSelector("button[data-action=start]")).click();
        paul.waitFor(By.cssSelector(".slot[data-idea='" + small + "'][data-status=IN_PROGRESS] button[data-action=deliver]"));

        // a cut below the weeks started there is refused, with roadmap-service's reason in the panel
        WebElement thirdCapacity = paul.window.findElement(By.id("capacity-" + PLANNING_TEAM + "-" + third));
        thirdCapacity.clear();
        thirdCapacity.sendKeys("1");
        paul.window.findElement(By.id("what-if-" + PLANNING_TEAM + "-" + third)).click();
        paul.waitFor(By.id("apply-capacity")).click();
        paul.waitForText(By.id("capacity-refusal"), "below the 2 weeks that started work of team " + PLANNING_TEAM + " holds in " + third);

        paul.window.findElement(slot(small)).findElement(By.cssSelector("button[data-action=deliver]")).click();
        paul.waitFor(By.cssSelector(".slot[data-idea='" + small + "'][data-status=DELIVERED]"));
        assertThat(roadmapItem(small).get("status").asString()).isEqualTo("DELIVERED");
        paul.window.quit();
    }

    @Test
    @Order(8)
    void aSubmitterSeesNoPlannerControlsButStartsHerTeamsItemAndTheBoardSortsByVotes() throws Exception {
        // alice is a member of team identity (the gateway's demo teams): she starts its items, and plans nothing
        String own = submitPlanningIdea("Partner sign-in audit log", 2, "identity");
        alice.awaitStatus(own, "SCHEDULED");
        WebUi ui = WebUi.signIn(chromium, Chromium.LAPTOP, gatewayUri, "alice");
        ui.go("#/roadmap");
        ui.waitFor(By.cssSelector(".slot[data-idea='" + own + "']"));
        assertThat(ui.window.findElements(By.cssSelector("section[data-team=" + PLANNING_TEAM + "] .planner"))).isEmpty();
        assertThat(ui.window.findElements(By.cssSelector("[id^=capacity-], [id^=what-if-], [id^=pin-], [data-action=pin]"))).isEmpty();
        ui.window.findElement(By.cssSelector(".slot[data-idea='" + own + "'] button[data-action=start]")).click();
        ui.waitFor(By.cssSelector(".slot[data-idea='" + own + "'][data-status=IN_PROGRESS] button[data-action=deliver]"));
        assertThat(roadmapItem(own).get("status").asString()).isEqualTo("IN_PROGRESS");

        // the board in vote order: each card carries its counts, a column's most voted first
        ui.go("#/board?sort=votes");
        ui.waitFor(By.cssSelector("section[data-status=DELIVERED] [data-idea]"));
        ui.waitForText(By.cssSelector("[data-idea='" + submittedId + "'] [data-testid=card-votes]"), "1 vote");
        List<Integer> votes = ui.window.findElements(By.cssSelector("section[data-status=SCHEDULED] [data-testid=card-votes]")).stream()
                .map(count -> Integer.parseInt(count.getText().replaceAll(" votes?", ""))).toList();
        assertThat(votes).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ui.window.findElement(By.cssSelector("[data-idea='" + submittedId + "'] [data-testid=card-comments]")).getText())
                .isEqualTo("0 comments");
        ui.window.quit();
    }

    /** The planner journey's team: no other journey's ideas are on its roadmap. */
    static final String PLANNING_TEAM = "ui-plan";

    private String submitPlanningIdea(String title, int effortWeeks) throws Exception {
        return submitPlanningIdea(title, effortWeeks, PLANNING_TEAM);
    }

    /** An idea approved by the policy alone (priority above 60 up to 12 weeks of effort, a small cost). */
    private String submitPlanningIdea(String title, int effortWeeks, String team) throws Exception {
        HttpResponse<String> created = alice.post("/api/ideas", """
                {"title": "%s", "problem": "Partners ask us for this every week", "team": "%s",
                 "themes": ["customer-experience"], "reach": 4000, "impact": 2, "confidence": 80, "effortWeeks": %d,
                 "costEstimate": {"amount": 5000, "currency": "EUR"}, "timeCriticality": 8, "riskReduction": 5}
                """.formatted(title, team, effortWeeks));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return GatewayClient.JSON.readTree(created.body()).get("id").asString();
    }

    private JsonNode roadmapItem(String ideaId) throws Exception {
        HttpResponse<String> item = alice.get("/api/roadmap/items/" + ideaId);
        assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
        return GatewayClient.JSON.readTree(item.body());
    }

    private static By slot(String ideaId) {
        return By.cssSelector("section[data-team=" + PLANNING_TEAM + "] .slot[data-idea='" + ideaId + "']");
    }

    /** "2026-Q4" and 1 → "2027-Q1". */
    static String quarterAfter(String period, int quarters) {
        int index = Integer.parseInt(period.substring(0, 4)) * 4 + Integer.parseInt(period.substring(6)) - 1 + quarters;
        return (index / 4) + "-Q" + (index % 4 + 1);
    }

    @Test
    @Order(9)
    void theScreensFitAPhone() throws Exception {
        WebUi phone = WebUi.signIn(chromium, Chromium.PHONE, gatewayUri, "erin");
        for (String screen : List.of("#/board", "#/submit", "#/ideas/" + submittedId, "#/review", "#/roadmap", "#/portfolio")) {
            phone.go(screen);
            phone.waitFor(By.tagName("h1"));
            assertThat(phone.scrollsSideways()).as("%s is wider than a phone", screen).isFalse();
        }
        phone.go("#/board");
        phone.waitFor(By.cssSelector("[data-idea='" + submittedId + "']"));
        phone.screenshot("phone-board");
        phone.go("#/ideas/" + submittedId);
        phone.waitFor(By.cssSelector("[data-testid=outcome]"));
        phone.screenshot("phone-idea");
        phone.window.quit();
    }
}
