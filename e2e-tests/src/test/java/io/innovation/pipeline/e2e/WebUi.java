package io.innovation.pipeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser window on the gateway's web UI, signed in as a demo user through the gateway's login page. */
final class WebUi {
    static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots.dir", "target/screenshots"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    final WebDriver window;
    final String user;
    private final URI base;

    private WebUi(WebDriver window, URI base, String user) {
        this.window = window;
        this.base = base;
        this.user = user;
    }

    /** Opens the UI at / as a new visitor would: the login page first, then the board. */
    static WebUi signIn(Chromium chromium, Dimension size, URI base, String user) throws IOException {
        WebUi ui = new WebUi(chromium.open(size), base, user);
        ui.window.get(base.resolve("/").toString());
        ui.waitFor(By.id("username")).sendKeys(user);
        ui.window.findElement(By.id("password")).sendKeys(GatewayClient.DEMO_PASSWORD);
        ui.window.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        ui.waitUntil(driver -> driver.findElement(By.id("me")).getText().startsWith(user + " "));
        return ui;
    }

    /** Goes to a screen by its address inside the page (no reload) and waits until the screen shows it. */
    void go(String hash) {
        script("window.location.hash = arguments[0]", hash);
        waitUntil(driver -> hash.equals(driver.findElement(By.id("main")).getDomAttribute("data-shown")));
    }

    WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return waiting().until(condition::apply);
    }

    void waitForText(By locator, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** A wait that looks again when the live feed re-rendered an element between finding and reading it. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(window, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) window).executeScript(script, arguments);
    }

    /** Marks the page; {@link #assertNotReloaded()} fails if the browser loaded the page again since. */
    void markPage() {
        script("window.notReloaded = true");
    }

    void assertNotReloaded() {
        assertThat(script("return window.notReloaded === true")).as("the page was not reloaded").isEqualTo(true);
    }

    /** Form controls that no label names (no label element, aria-label or aria-labelledby): there must be none. */
    List<?> unlabelledControls() {
        return (List<?>) script("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(control => control.labels.length === 0 && !control.getAttribute('aria-label')
                        && !control.getAttribute('aria-labelledby'))
                    .map(control => control.outerHTML);""");
    }

    /** Whether the page is wider than the window (a phone would scroll sideways). */
    boolean scrollsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth");
    }

    /** Saves the whole page, beyond the window's height, under target/screenshots. */
    Path screenshot(String name) throws IOException {
        ChromeDriver chrome = (ChromeDriver) window;
        Map<String, Object> layout = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) layout.get("cssContentSize");
        Map<?, ?> viewport = (Map<?, ?>) layout.get("cssLayoutViewport");
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", ((Number) viewport.get("clientWidth")).doubleValue(),
                        "height", Math.min(((Number) content.get("height")).doubleValue(), 4000))));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }
}
