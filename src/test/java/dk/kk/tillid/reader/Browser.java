package dk.kk.tillid.reader;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Debian's headless Chromium with a fresh profile, driven through chromedriver; one per test class. */
final class Browser implements AutoCloseable {
    /** A desktop window; tests about other screens set their own viewport. */
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    /**
     * Debian's Chromium is newer than the DevTools bindings Selenium ships, and Selenium warns about that at every
     * start; the tests only send raw DevTools commands through chromedriver, which need no bindings. Kept in a field
     * because java.util.logging forgets the level of a logger nobody references.
     */
    private static final List<Logger> UNNEEDED_DEVTOOLS_WARNINGS = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        UNNEEDED_DEVTOOLS_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(Map<String, Object> prefs) throws IOException {
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--lang=da");
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** With the Chromium settings ("prefs") a reader may have changed; none for a fresh install. */
    static Browser start(Map<String, Object> prefs) throws IOException {
        return new Browser(prefs);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads a page and waits for it; console messages from before are dropped so that they stay apart. */
    void open(String url) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(url);
    }

    Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Lays pages out as on a screen this wide; the height is what a person sees without scrolling. */
    void viewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Makes the page follow a reader's colour scheme setting, "light" or "dark" ({@code prefers-color-scheme}). */
    void colorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Console messages since the page was opened in which Chromium reports a blocked resource or script. */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
