package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page: its two search landmarks have names of their own, and the first result is a few Tabs away. */
class SearchPageLandmarksIT {
    /** Skip link, site name, header search field and button, two breadcrumbs, the page's field and button, the filter. */
    private static final int MOST_TABS_TO_THE_FIRST_RESULT = 15;

    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    @Test
    @SuppressWarnings("unchecked")
    void bothSearchLandmarksAreNamedApart() {
        reader.open("search.html");
        List<String> names = (List<String>) reader.browser().script("""
                return Array.from(document.querySelectorAll('[role=search]')).map(f => f.getAttribute('aria-label'));""");
        assertEquals(2, names.size(), names.toString());
        assertTrue(names.stream().noneMatch(n -> n == null || n.isBlank()), names.toString());
        assertEquals(2, names.stream().distinct().count(), names.toString());
    }

    @Test
    void theFirstResultIsAFewTabsAway() {
        reader.browser().viewport(1280, 900);
        reader.open("search.html?q=tillid");
        new WebDriverWait(reader.browser().driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-results a")).isEmpty());
        // From the top of the page: the skip link is the first Tab stop (KeyboardIT).
        reader.browser().script("document.querySelector('.skip-link').focus()");
        int tabs = 1;
        boolean reached = false;
        while (tabs < 60 && !reached) {
            new Actions(reader.browser().driver()).sendKeys(Keys.TAB).perform();
            tabs++;
            reached = (Boolean) reader.browser().script(
                    "return document.activeElement === document.querySelector('#search-results a')");
        }
        assertTrue(reached, "Tab never reaches the first result");
        assertTrue(tabs <= MOST_TABS_TO_THE_FIRST_RESULT, tabs + " Tabs to the first result");
    }
}
