package dk.kk.tillid.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * search.js in real headless Chromium, over http under a sub-path and from file://. Runs on the baked
 * site in {@code site.dir} when there is one, otherwise on the fixture site; checks that need the
 * fixture's exact pages are skipped on the real site.
 */
public class SearchBrowserIT {
    private static BrowserSite site;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        site = BrowserSite.open();
        driver = chromium(true);
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

    public static WebDriver chromium(boolean javascript) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("search-it-chromium").toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    private static String root(String mode) {
        return mode.equals("http") ? site.httpRoot() : site.fileRoot();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Opens search.html?q=… and waits until the results are shown. */
    private static List<WebElement> resultsPage(String mode, String query) {
        driver.get(root(mode) + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        waiting().until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.startsWith("Søger")
                    && "false".equals(d.findElement(By.id("search-results")).getAttribute("aria-busy"));
        });
        return driver.findElements(By.cssSelector("#search-results a"));
    }

    /** Every word marked in any result of the query, after "Vis flere" has shown them all. */
    private static Set<String> markedWords(String mode, String query) {
        resultsPage(mode, query);
        List<WebElement> more;
        while (!(more = driver.findElements(By.cssSelector("#search-results .search-more"))).isEmpty()) {
            int before = driver.findElements(By.cssSelector("#search-results a")).size();
            more.get(0).click();
            waiting().until(d -> d.findElements(By.cssSelector("#search-results a")).size() > before);
        }
        Set<String> marked = new TreeSet<>();
        for (WebElement mark : driver.findElements(By.cssSelector("#search-results mark"))) {
            marked.add(mark.getText().toLowerCase(Locale.ROOT));
        }
        return marked;
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void theBrowsersTermFunctionAgreesWithTheSharedVectors(String mode) {
        resultsPage(mode, "");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (TermVectors.WordVector v : TermVectors.words()) {
            Object got = js.executeScript("var w = arguments[0]; return [tillidSearch.term(w), tillidSearch.spelling(w),"
                    + " tillidSearch.allowedEdits(w)];", v.word());
            assertEquals(List.of(v.term(), v.spelling(), (long) v.edits()), got, v.word());
        }
        for (TermVectors.TextVector v : TermVectors.texts()) {
            Object got = js.executeScript("return tillidSearch.words(arguments[0]).map(tillidSearch.term)"
                    + ".filter(function (t) { return t; });", v.text());
            assertEquals(v.terms(), got, v.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void theQueriesOfTheIssueFindSectionsWithTheirWords(String mode) {
        resultsPage(mode, "");
        Map<String, List<String>> expected = Map.of(
                "Ølgård", List.of("ølgård", "ølgaard"),
                "Ølgaard", List.of("ølgård", "ølgaard"),
                "Majgaard", List.of("majgaard", "maigaard"),
                "Maigaard", List.of("majgaard", "maigaard"),
                "ledelse", List.of("ledelse", "tillidsledelse"),
                "styring", List.of("styring", "processtyring"),
                "tillid", List.of("tillid", "tilliden", "tillidsbaseret"),
                "Thygesn", List.of("thygesen"),
                "Tygesen", List.of("thygesen"));
        expected.forEach((query, words) -> {
            Object texts = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "tillidSearch.search(arguments[0]).then(function (r) { return Promise.all(r.hits.map(tillidSearch.details)); })"
                    + ".then(function (ds) { done(ds.map(function (d) { return d.title + ' ' + d.heading + ' ' + d.text; })); },"
                    + " function (e) { done(String(e)); });", query);
            Set<String> found = new TreeSet<>();
            ((List<?>) texts).forEach(t -> Terms.words((String) t).forEach(w -> found.add(w.toLowerCase(Locale.ROOT))));
            for (String word : words) {
                assertTrue(found.contains(word), query + " should find a section with " + word);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void snippetsMarkTheWordsThatMatched(String mode) {
        Map<String, List<String>> expected = Map.of(
                "Ølgård", List.of("ølgård", "ølgaard"),
                "ledelse", List.of("ledelse", "tillidsledelse"),
                "styring", List.of("processtyring"),
                "Tygesen", List.of("thygesen"));
        expected.forEach((query, words) -> {
            Set<String> marked = markedWords(mode, query);
            assertTrue(marked.containsAll(words), query + " marked " + marked);
        });
    }

    @Test
    void chromiumRanksLikeTheReferenceRanking() throws IOException {
        ReferenceSearch reference = new ReferenceSearch(new SearchIndexer(site.dir).model());
        resultsPage("http", "");
        for (String query : List.of("Ølgård", "Ølgaard", "Majgård", "ledelse", "styring", "tillid", "Thygesn",
                "Tygesen", "led", "leder", "LUP 3", "Thygesen CBS", "Ølgård Maigaard", "tillidsle", "keynote",
                "16.15", "13.20", "social kapital", "Fælles for LUP 2 og 3", "netværk og drink", "SOF", "tilmeldingsfristen",
                "Juul", "Bindr", "KKs", "CBSs", "lederrum", "tillidsrum", "dataene", "pris", "behandler", "forelæsning",
                "haven", "autensitet", "produkt", "jf.", "13-02-2013", "2012-06-21", "28122162", "liste", "DIL", "lede",
                "direktør", "netværk", "møder", "baggrund", "på baggrund af", "delen", "målene", "Københavns Kommune",
                "Koebenhavns Kommune", "lederuddannelse", "d.", "s.", " V. ", "s", "s. 12", "Kogency", "dag", "v.", "LUP2", "lup3",
                "tal", "ord", "ring", "k.", "c.", "festsal 21. juni", "hold A", "forandring ledelse", "24/1 2013", "21/6",
                "13/2 2013", "24.1.2013", "kl. 16.15", "kl 16:15", "kl.", "Cogencys", "Keynotes", "kenote", "mangler",
                "reglerne", "28 12 21 62", "+45 2812 2162", "sal", "hal",
                "Klaus Juhl", "Claus Majgaard",
                "DIL-uddannelse", "13. februar 2013", "13.02.2013", "16.30", "sommeren 2012", "april 2013", "1.3", "Business School",
                "hold C", "hold D", "LUP 3 hold C", "1.2", "2013-34025", "KK-forhold",
                "1.2\u00A0tillid", "+45 28 12 21 62", "KL 2013", "kl 2013", "Kl. 9.30", "god leder", "andre", "handel")) {
            assertEquals(referenceSections(reference, query, false), chromiumSections(query, false), query);
        }
        // The header box's dropdown while the last word is still being typed (see withTails in search.js).
        for (String query : List.of("liste", "lede", "organisati", "tillidsle", "ledelse lede")) {
            assertEquals(referenceSections(reference, query, true), chromiumSections(query, true), query + " typed");
        }
    }

    private static List<Long> referenceSections(ReferenceSearch reference, String query, boolean typing) {
        return reference.search(query, typing).stream().map(h -> (long) h.section()).toList();
    }

    private static Object chromiumSections(String query, boolean typing) {
        return ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "tillidSearch.search(arguments[0], arguments[1]).then(function (r) {"
                + "  done(r.hits.map(function (h) { return h.section; })); }, function (e) { done(String(e)); });",
                query, typing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void aResultShowsTitleTypeSectionAndMarkedSnippetAndLeadsToTheSection(String mode) {
        List<WebElement> links = resultsPage(mode, "Thygesen");
        assertFalse(links.isEmpty());
        WebElement first = driver.findElement(By.cssSelector("#search-results .search-result"));
        String href = links.get(0).getDomAttribute("href");
        assertFalse(href.startsWith("/") || href.contains("://") || href.startsWith("file:"), "relative: " + href);
        assertTrue(href.contains("#"), "points to a section: " + href);
        assertFalse(first.findElement(By.cssSelector(".search-result-title")).getText().isBlank());
        assertFalse(first.findElement(By.cssSelector(".search-result-type")).getText().isBlank());
        assertFalse(first.findElement(By.cssSelector(".search-result-section")).getText().isBlank());
        assertEquals("thygesen", first.findElement(By.cssSelector(".search-result-snippet mark")).getText()
                .toLowerCase(Locale.ROOT).replaceAll("s$", ""));
        assertTrue(driver.findElement(By.id("search-status")).getText().matches("\\d+ resultat(er)? for »Thygesen«.*"));
        if (site.fixture) {
            assertEquals("LUP Keynote og Direktørforum",
                    first.findElement(By.cssSelector(".search-result-title")).getText());
            assertEquals("PROGRAM", first.findElement(By.cssSelector(".search-result-type")).getText().toUpperCase());
            assertEquals("Program", first.findElement(By.cssSelector(".search-result-section")).getText().replace("§ ", ""));
            assertEquals("program/direktoerforum-juni.html?q=Thygesen#program", href);
        }
        links.get(0).click();
        waiting().until(d -> d.getCurrentUrl().contains("#"));
        String anchor = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#') + 1);
        assertFalse(driver.findElements(By.id(java.net.URLDecoder.decode(anchor, StandardCharsets.UTF_8))).isEmpty());
        List<WebElement> marks = waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("main mark.search-landing"));
            return found.isEmpty() ? null : found;
        });
        for (WebElement mark : marks) {
            assertTrue(mark.getText().toLowerCase(Locale.ROOT).startsWith("thygesen"), "marked on landing: " + mark.getText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void theTypeFilterIsKeptInTheAddress(String mode) {
        resultsPage(mode, "tillid");
        WebElement filter = driver.findElement(By.id("search-filter"));
        Assumptions.assumeTrue(filter.isDisplayed(), "the site has only one content type");
        WebElement report = filter.findElement(By.cssSelector("input[value=report]"));
        report.click();
        waiting().until(d -> d.getCurrentUrl().contains("type="));
        String url = driver.getCurrentUrl();
        assertFalse(url.contains("type=report"), url);
        assertTrue(url.contains("q=tillid"), url);
        driver.get(url);
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results .search-result-type")).isEmpty());
        assertFalse(driver.findElement(By.cssSelector("#search-filter input[value=report]")).isSelected());
        assertEquals("tillid", driver.findElement(By.id("search-page-q")).getAttribute("value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void textFromPagesIsShownAsTextNeverAsMarkup(String mode) {
        Assumptions.assumeTrue(site.fixture, "needs the fixture page with <b> in its title");
        List<WebElement> links = resultsPage(mode, "søgningen");
        assertEquals("Om <b>sitet</b> og søgningen",
                links.get(0).findElement(By.cssSelector(".search-result-title")).getText());
        assertTrue(driver.findElements(By.cssSelector("#search-results b")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void theHeaderBoxShowsResultsAsYouTypeAndAnswersTheKeys(String mode) {
        String page = site.fixture ? "rapporter/tillidsdagsordenen-i-lederuddannelser.html" : "index.html";
        driver.get(root(mode) + page);
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement box = driver.switchTo().activeElement();
        assertEquals("site-search-q", box.getAttribute("id"), "/ focuses the search box");
        box.sendKeys("Thygesen");
        WebElement list = driver.findElement(By.cssSelector("[role=listbox]"));
        waiting().until(d -> list.isDisplayed() && !list.findElements(By.cssSelector("[role=option]")).isEmpty());
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertTrue(driver.findElement(By.cssSelector(".site-search-live")).getAttribute("textContent").contains("resultat"));

        box.sendKeys(Keys.ARROW_DOWN);
        WebElement firstOption = list.findElements(By.cssSelector("[role=option]")).get(0);
        assertEquals(firstOption.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", firstOption.getAttribute("aria-selected"));
        box.sendKeys(Keys.ESCAPE);
        assertFalse(list.isDisplayed());
        assertEquals("false", box.getAttribute("aria-expanded"));

        box.sendKeys(Keys.ARROW_DOWN);
        String target = list.findElements(By.cssSelector("[role=option] a")).get(0).getAttribute("href");
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().equals(target));
        if (site.fixture) {
            assertTrue(target.endsWith("program/direktoerforum-juni.html?q=Thygesen#program"), target);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void enterInTheHeaderBoxOpensTheResultsPage(String mode) {
        driver.get(root(mode) + "index.html");
        WebElement box = driver.findElement(By.cssSelector("[role=search] input[type=search]"));
        box.sendKeys("Ølgård", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("search.html?q="));
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        assertEquals("Ølgård", driver.findElement(By.id("search-page-q")).getAttribute("value"));
        List<WebElement> marks = driver.findElements(By.cssSelector("#search-results .search-result mark"));
        assertEquals("Ølgård", marks.get(0).getText(), "the exact spelling comes first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void nothingFoundIsSaidClearlyWithANearSpelling(String mode) {
        // Two typos in a name: one would find it ("Juhk" finds Juhl, see SearchRankingRulesTest).
        assertTrue(resultsPage(mode, "Juuhk").isEmpty());
        waiting().until(d -> d.findElement(By.id("search-status")).getText().contains("Mente du"));
        String status = driver.findElement(By.id("search-status")).getText();
        assertTrue(status.startsWith("Ingen resultater for »Juuhk«."), status);
        WebElement suggestion = driver.findElement(By.cssSelector("#search-status a"));
        assertEquals("Juhl", suggestion.getText());
        suggestion.click();
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());

        assertTrue(resultsPage(mode, "og").isEmpty());
        assertTrue(driver.findElement(By.id("search-status")).getText().contains("småord"));
        assertTrue(resultsPage(mode, "xqzvw").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void theTypeFilterHidesResultsOfUncheckedTypes(String mode) {
        List<WebElement> all = resultsPage(mode, "tillid");
        WebElement filter = driver.findElement(By.id("search-filter"));
        Assumptions.assumeTrue(filter.isDisplayed(), "the site has only one content type");
        List<String> types = new ArrayList<>();
        filter.findElements(By.cssSelector("input[type=checkbox]")).forEach(b -> types.add(b.getAttribute("value")));
        if (site.fixture) {
            assertEquals(List.of("report", "annex", "programme", "keynote", "page"), types);
        }
        WebElement first = driver.findElement(By.cssSelector("#search-results .search-result-type"));
        String firstType = first.getText();
        WebElement box = filter.findElements(By.cssSelector("label")).stream()
                .filter(l -> l.getText().trim().equalsIgnoreCase(firstType)).findFirst().orElseThrow()
                .findElement(By.tagName("input"));
        box.click();
        waiting().until(d -> d.findElements(By.cssSelector("#search-results .search-result-type")).stream()
                .noneMatch(t -> t.getText().equalsIgnoreCase(firstType)));
        assertTrue(driver.findElements(By.cssSelector("#search-results a")).size() <= all.size());
        assertTrue(driver.findElement(By.id("search-status")).getText().contains("uden filter"));
    }

    @Test
    void withoutJavaScriptTheResultsPageSaysWhatToDoInstead() throws IOException {
        WebDriver plain = chromium(false);
        try {
            plain.get(root("http") + "search.html?q=tillid");
            assertTrue(plain.findElement(By.tagName("body")).getText().contains("Søgningen kræver JavaScript"));
        } finally {
            plain.quit();
        }
    }
}
