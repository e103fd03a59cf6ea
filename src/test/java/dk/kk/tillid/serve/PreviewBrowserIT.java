package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reload script in a real browser, under the pages' Content-Security-Policy: the page reloads itself after a
 * save, and a broken edit shows an accessible overlay, with the same bake's warnings, until the file is fixed.
 */
class PreviewBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration BAKE = Duration.ofSeconds(60);
    private static final String PAGE = "content/side.adoc";

    @TempDir
    static Path dir;
    static Path project;
    static PreviewServer server;
    static URI site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Debian's chromium and chromium-driver");
        project = TestProjects.small(dir.resolve("projekt"));
        TestProjects.write(project, PAGE, TestProjects.page("Side", "Første udgave."));
        server = Previews.onLoopback(project, OutputStream.nullOutputStream());
        site = server.start();

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium-profil")));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void thePageReloadsItselfShowsABrokenEditAccessiblyAndComesBackWhenFixed() throws IOException {
        browser.get(site.resolve("side.html").toString());
        assertEquals("Første udgave.", paragraph());
        WebDriverWait wait = new WebDriverWait(browser, BAKE);
        wait.ignoring(StaleElementReferenceException.class);

        TestProjects.write(project, PAGE, TestProjects.page("Side", "Anden udgave."));
        wait.until(d -> "Anden udgave.".equals(paragraph()));

        TestProjects.write(project, PAGE,
                "= Side\n:jbake-type: side\n:jbake-status: published\n:jbake-date: 2013-02-13\n:jbake-tag: tillid\n\nI stykker.\n");
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alertdialog]")));
        assertEquals("Sitet kan ikke bygges", browser.findElement(By.id(dialog.getAttribute("aria-labelledby"))).getText());
        String problem = dialog.findElement(By.cssSelector("li")).getText();
        assertTrue(problem.startsWith("content/side.adoc:2: fejl: Ukendt indholdstype 'side'."), problem);
        WebElement warnings = dialog.findElement(By.id("preview-problems-warnings"));
        assertEquals("1 advarsel", warnings.findElement(By.cssSelector("h3")).getText(), "the bake's warnings beside its errors");
        String warning = warnings.findElement(By.cssSelector("li")).getText();
        assertTrue(warning.startsWith("content/side.adoc:5: advarsel: Ukendt hovedattribut :jbake-tag:"), warning);
        assertEquals(dialog, browser.switchTo().activeElement(), "the dialog takes the focus");
        assertEquals("fixed", dialog.findElement(By.xpath("..")).getCssValue("position"), "styled despite the CSP");
        assertEquals("Anden udgave.", paragraph(), "the last good page stays underneath");

        TestProjects.write(project, PAGE, TestProjects.page("Side", "Rettet udgave."));
        wait.until(d -> "Rettet udgave.".equals(paragraph()));
        assertTrue(browser.findElements(By.cssSelector("[role=alertdialog]")).isEmpty(), "the overlay is gone");
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('script:not([src])').length"), "no inline script was needed");
    }

    private static String paragraph() {
        return browser.findElements(By.cssSelector("main .content-body p")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }
}
