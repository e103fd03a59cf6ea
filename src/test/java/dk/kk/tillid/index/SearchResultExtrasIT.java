package dk.kk.tillid.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What search.html shows besides a result's own text, in headless Chromium over http and from file://:
 * "Også på" with links to the pages that show the text too, and a page's own description as its summary.
 */
public class SearchResultExtrasIT {
    private static BrowserSite site;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        site = BrowserSite.fixtureWithSharedTextAndDescription();
        driver = SearchBrowserIT.chromium(true);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    private static List<WebElement> results(String mode, String query) {
        String root = mode.equals("http") ? site.httpRoot() : site.fileRoot();
        driver.get(root + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.startsWith("Søger")
                    && "false".equals(d.findElement(By.id("search-results")).getAttribute("aria-busy"));
        });
        return driver.findElements(By.cssSelector("#search-results li.search-result"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void textShownOnAnotherPageIsOneResultThatLinksThatPageToo(String mode) {
        List<WebElement> found = results(mode, "indholdskrav");
        assertEquals(1, found.size(), "the paragraph is one result, where it is written");
        WebElement result = found.get(0);
        assertTrue(result.findElement(By.cssSelector("a.search-result-link")).getAttribute("href")
                .contains("rapporter/tillidsdagsordenen-i-lederuddannelser.html"));
        WebElement also = result.findElement(By.cssSelector(".search-result-also"));
        assertEquals("Også på Udbud af LUP 2", also.getText());
        WebElement link = also.findElement(By.tagName("a"));
        assertTrue(link.getAttribute("href").endsWith(FixtureSite.SHOWN_ON + "?q=indholdskrav#fra-rapporten"),
                link.getAttribute("href"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains(FixtureSite.SHOWN_ON));
        assertEquals("Udbud af LUP 2", driver.findElement(By.tagName("h1")).getText());

        for (WebElement other : results(mode, "Lederugen")) {
            assertTrue(other.findElements(By.cssSelector(".search-result-also")).isEmpty(), "text shown nowhere else");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void aPageFoundByItsTitleIsSummedUpByItsDescription(String mode) {
        WebElement keynote = resultFor(results(mode, "keynotedag"), FixtureSite.DESCRIBED);
        assertEquals(FixtureSite.DESCRIPTION, keynote.findElement(By.cssSelector(".search-result-snippet")).getText());

        WebElement byItsText = resultFor(results(mode, "Porcelænshaven"), FixtureSite.DESCRIBED);
        String snippet = byItsText.findElement(By.cssSelector(".search-result-snippet")).getText();
        assertTrue(snippet.contains("Porcelænshaven"), "where the text has the word, the text shows where: " + snippet);
        assertFalse(snippet.contains(FixtureSite.DESCRIPTION));
    }

    private static WebElement resultFor(List<WebElement> found, String path) {
        return found.stream()
                .filter(r -> r.findElement(By.cssSelector("a.search-result-link")).getAttribute("href").contains(path))
                .findFirst().orElseThrow(() -> new AssertionError("no result for " + path));
    }
}
