package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phones, tablets and desktops (360, 768, 1280 and 1920 px): no page scrolls sideways (wide tables scroll in their own box) and a phone reader
 * can reach every section from the navigation. Leaves a full-page screenshot of every page at every width in
 * target/screenshots/ for a person to look over.
 */
class SmallScreenIT {
    private static final List<Integer> WIDTHS = List.of(360, 768, 1280, 1920);
    private static final int PHONE = 360;
    private static final int HEIGHT = 800;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** Where the page is wider than the window, and any table that is not inside its own scrolling box. */
    private static final String OVERFLOW = """
            const problems = [];
            if (document.documentElement.scrollWidth > innerWidth) {
                const wide = Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
                    .filter(e => !e.parentElement.closest('.table-scroll'))
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
                problems.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' px content in '
                    + innerWidth + ' px, too wide: ' + wide.slice(0, 5).join(', '));
            }
            for (const table of document.querySelectorAll('main table')) {
                const box = table.parentElement;
                if (!box.matches('.table-scroll') || !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) {
                    problems.push('a table that is not in a .table-scroll box');
                }
            }
            return problems;
            """;

    /**
     * Each link a phone reader steers by (home, every section heading, the pages of the current section) that is
     * not on screen, or that a tap in its middle would not hit; and section headings that are not links.
     */
    private static final String UNREACHABLE_NAVIGATION = """
            const problems = [];
            const menu = document.querySelector('.menu-toggle');
            if (menu && menu.getAttribute('aria-expanded') !== 'true') {
                menu.click();
            }
            for (const heading of document.querySelectorAll('.side-nav__section > :first-child')) {
                if (!heading.matches('a[href]')) {
                    problems.push('the section "' + heading.textContent.trim() + '" has no link');
                }
            }
            const links = document.querySelectorAll('.side-nav__section > a, .side-nav__section--current a');
            for (const link of links) {
                link.scrollIntoView({block: 'center'});
                const box = link.getBoundingClientRect();
                const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                if (box.width === 0 || box.left < 0 || box.right > innerWidth || !link.contains(hit)) {
                    problems.push('"' + link.textContent.trim() + '" cannot be tapped');
                }
            }
            // The front page and the search page have no menu: the front page is the map of the site itself.
            const expected = document.querySelector('nav.side-nav') ? 6 : 0;
            return links.length < expected ? ['only ' + links.length + ' navigation links'] : problems;
            """;

    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    @Test
    @SuppressWarnings("unchecked")
    void noPageScrollsSidewaysOnAPhoneTabletOrDesktop() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            for (int width : WIDTHS) {
                reader.browser().viewport(width, HEIGHT);
                for (Object problem : (List<Object>) reader.browser().script(OVERFLOW)) {
                    problems.add(page + " at " + width + " px: " + problem);
                }
                screenshot(page, width + "");
            }
        }
        // The dark scheme, for a person to look over as well.
        reader.browser().colorScheme("dark");
        for (String page : List.of("index.html", BakedSite.REPORT, "programmer/lup-2.html", "search.html")) {
            reader.open(page);
            for (int width : List.of(360, 1280)) {
                reader.browser().viewport(width, HEIGHT);
                screenshot(page, width + "-dark");
            }
        }
        reader.browser().colorScheme("light");
        assertEquals(List.of(), problems);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySectionIsWithinReachOnAPhone() {
        reader.browser().viewport(PHONE, HEIGHT);
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            for (Object problem : (List<Object>) reader.browser().script(UNREACHABLE_NAVIGATION)) {
                problems.add(page + ": " + problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aPhoneReaderOpensAnotherSectionFromItsHeading() {
        reader.browser().viewport(PHONE, HEIGHT);
        reader.open(BakedSite.REPORT);
        WebDriver phone = reader.browser().driver();
        phone.findElement(By.cssSelector(".menu-toggle")).click();
        phone.findElement(By.linkText("Bilag")).click();
        phone.findElement(By.cssSelector(".menu-toggle")).click();
        assertTrue(phone.getCurrentUrl().endsWith("/bilag/index.html"), phone.getCurrentUrl());
        assertTrue(phone.findElement(By.linkText("Bilag 1: Baggrundsmateriale")).isDisplayed(),
                "the section's pages show under its heading");
    }

    private static void screenshot(String page, String width) throws Exception {
        Map<String, Object> shot = reader.browser().cdp("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        String name = page.replace(".html", "").replace('/', '_') + "-" + width + ".png";
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
