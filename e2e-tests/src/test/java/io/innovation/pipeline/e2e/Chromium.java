package io.innovation.pipeline.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium ({@code apt-get install chromium chromium-driver}) driven through Debian's
 * chromedriver: both paths are given to Selenium, so nothing looks for, or downloads, a browser or a driver.
 * Each window has a chromedriver and a profile of its own (its own cookies): quitting a window stops its driver.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final Path profiles;
    private final List<WebDriver> windows = new ArrayList<>();

    private Chromium(Path profiles) {
        this.profiles = profiles;
    }

    /**
     * Runs a test class where the browser is installed and skips it, with the reason, elsewhere. Under
     * {@code CI=true} the suite must run: the class runs, and {@link #start} fails it without a browser
     * ({@code .ci/run} installs both packages).
     */
    static final class Installed implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (installed()) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            return "true".equals(System.getenv("CI"))
                    ? ConditionEvaluationResult.enabled("CI=true: the browser suite must run")
                    : ConditionEvaluationResult.disabled(MISSING);
        }
    }

    private static final String MISSING = "No browser for the web UI suite: it needs Debian's chromium and chromium-driver at "
            + BROWSER + " and " + DRIVER + " (apt-get install -y chromium chromium-driver)";

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** The browser; without one (possible only under CI=true, see {@link Installed}) the test class fails. */
    static Chromium start(Path workDir) throws IOException {
        if (!installed()) {
            throw new IllegalStateException(MISSING + " (CI=true: the suite must run there)");
        }
        Files.createDirectories(workDir);
        return new Chromium(workDir);
    }

    /** A new window with an empty profile, of the given size. */
    WebDriver open(Dimension size) throws IOException {
        File profile = Files.createTempDirectory(profiles, "profile-").toFile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile, "chromedriver.log"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.getAbsolutePath(), "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriver window = new ChromeDriver(service, options);
        window.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        if (size.getWidth() < LAPTOP.getWidth()) {
            // a window is at least 500 pixels wide: a phone's viewport is emulated, as the browser's device mode does
            window.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", size.getWidth(), "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        }
        windows.add(window);
        return window;
    }

    /** Quits the windows still open (a window quit before is left as it is). */
    @Override
    public void close() {
        windows.forEach(WebDriver::quit);
    }
}
