package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader with only a keyboard reaches everything on every page, in reading order, and always sees where they are. */
class KeyboardIT {
    /** Where the tab order must lead, top to bottom (the front page and the search page have no side navigation). */
    private static final List<String> REGIONS = List.of("skip link", "site name", "search field", "search button",
            "breadcrumbs", "side navigation", "main", "footer");

    /**
     * Numbers the elements a reader can tab to (rendered, enabled, tabindex not negative) in document order, and
     * from now on logs every element that gets focus: its number, region, name, whether a focus indicator is drawn
     * and whether it is on screen. Chromium scrolls a tabbed-to element into view before it fires focusin.
     */
    private static final String WATCH_FOCUS = """
            const candidates = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, '
                + 'iframe, [tabindex], [contenteditable]';
            const tabbable = Array.from(document.querySelectorAll(candidates)).filter(e =>
                e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                && getComputedStyle(e).visibility === 'visible');
            const regions = [['skip link', 'a.skip-link'], ['site name', '.site-header__name'],
                ['search field', '.site-search input'], ['search button', '.site-search button'],
                ['breadcrumbs', 'nav.breadcrumbs'], ['side navigation', 'nav.side-nav'], ['main', 'main'],
                ['footer', 'footer']];
            window.focusLog = [];
            document.addEventListener('focusin', event => {
                const e = event.target, style = getComputedStyle(e), box = e.getBoundingClientRect();
                const region = regions.find(([, selector]) => e.closest(selector));
                window.focusLog.push({
                    number: tabbable.indexOf(e),
                    region: region ? region[0] : 'outside every region',
                    name: e.tagName.toLowerCase() + ' "'
                        + (e.textContent || e.name || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"',
                    indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                        || style.boxShadow !== 'none',
                    onScreen: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth
                });
            });
            return tabbable.length;
            """;

    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    @Test
    void tabReachesEveryElementOnceInReadingOrderWithVisibleFocus() {
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            int tabbable = ((Number) reader.browser().script(WATCH_FOCUS)).intValue();
            // One Tab past the last element leaves the page for the browser's own controls, the next comes back.
            pressTab(tabbable + 2);
            List<Map<String, Object>> log = focusLog();

            List<Object> order = log.stream().limit(tabbable).map(f -> f.get("number")).toList();
            List<Long> documentOrder = LongStream.range(0, tabbable).boxed().toList();
            if (!order.equals(documentOrder)) {
                problems.add(page + ": tab order " + log.stream().limit(tabbable).map(f -> f.get("name")).toList());
            }
            if (log.size() <= tabbable || !"skip link".equals(log.get(tabbable).get("region"))) {
                problems.add(page + ": after the last element, Tab does not leave the page and come back to the start");
            }
            List<Object> regions = new ArrayList<>();
            for (Map<String, Object> focus : log.subList(0, Math.min(tabbable, log.size()))) {
                if (regions.isEmpty() || !regions.get(regions.size() - 1).equals(focus.get("region"))) {
                    regions.add(focus.get("region"));
                }
                if (!Boolean.TRUE.equals(focus.get("indicated"))) {
                    problems.add(page + ": no visible focus on " + focus.get("name"));
                }
                if (!Boolean.TRUE.equals(focus.get("onScreen"))) {
                    problems.add(page + ": focus off screen on " + focus.get("name"));
                }
            }
            List<String> expected = BakedSite.parse(page).selectFirst("nav.side-nav") != null ? REGIONS
                    : REGIONS.stream().filter(region -> !region.equals("side navigation")).toList();
            if (!regions.equals(expected)) {
                problems.add(page + ": tabbing goes through " + regions);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSkipLinkIsFirstAndTakesTheReaderToTheContent() {
        Browser browser = reader.browser();
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            pressTab(1);
            String first = (String) browser.script("return document.activeElement.textContent");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            String focused = (String) browser.script("const e = document.activeElement; return e.tagName + '#' + e.id");
            pressTab(1);
            boolean nextInMain = (Boolean) browser.script("return document.activeElement.closest('main') !== null");
            if (!"Gå til sidens indhold".equals(first) || !"MAIN#indhold".equals(focused) || !nextInMain) {
                problems.add(page + ": first Tab on \"" + first + "\", Enter focuses " + focused
                        + (nextInMain ? "" : ", and the next Tab leaves main"));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void pressTab(int times) {
        Actions keys = new Actions(reader.browser().driver());
        for (int i = 0; i < times; i++) {
            keys.sendKeys(Keys.TAB);
        }
        keys.perform();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> focusLog() {
        List<Map<String, Object>> log = (List<Map<String, Object>>) reader.browser().script("return window.focusLog");
        assertTrue(log.size() > 8, "the page logged focus as Tab moved it: " + log);
        return log;
    }
}
