package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phone (360 × 800): the menu folds away behind a button, the page's title is on the first screen and its text
 * follows soon after, and what comes first on screen comes first for a screen reader too (no CSS reordering).
 */
class PhoneLayoutIT {
    private static final int WIDTH = 360;
    private static final int HEIGHT = 800;

    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    /**
     * Where the h1 and the first paragraph of the page's text are, and the parts of the page, in DOM order, whose
     * tops are not in increasing order on screen, or that CSS moves (flex/grid order, reversed directions).
     */
    private static final String LAYOUT = """
            const main = document.querySelector('main');
            const h1 = main.querySelector('h1');
            const text = main.querySelector('.content-body p, .content-body td, main > p');
            const parts = Array.from(document.querySelectorAll(
                '.site-header, .breadcrumbs, .menu-toggle, main > *, main .content-body > *, footer'))
                .filter(e => e.getClientRects().length > 0);
            const disorder = [];
            for (let i = 1; i < parts.length; i++) {
                const a = parts[i - 1].getBoundingClientRect(), b = parts[i].getBoundingClientRect();
                if (b.top + 0.5 < a.top && !parts[i - 1].contains(parts[i])) {
                    disorder.push(parts[i].tagName + '.' + parts[i].className + ' above ' + parts[i - 1].tagName);
                }
            }
            const moved = Array.from(document.querySelectorAll('body *')).map(e => [e, getComputedStyle(e)])
                .filter(([, s]) => s.order !== '0' || s.flexDirection.endsWith('reverse')
                    || s.flexWrap === 'wrap-reverse' || s.gridRowStart !== 'auto' || s.gridAutoFlow.includes('dense'))
                .map(([e]) => e.tagName + '.' + e.className);
            return {
                h1Bottom: h1.getBoundingClientRect().bottom + scrollY,
                textTop: text ? text.getBoundingClientRect().top + scrollY : -1,
                disorder: disorder,
                moved: moved
            };
            """;

    @Test
    @SuppressWarnings("unchecked")
    void theTitleIsOnTheFirstScreenAndTheTextSoonAfterInReadingOrder() {
        reader.browser().viewport(WIDTH, HEIGHT);
        List<String> problems = new ArrayList<>();
        int measured = 0;
        for (String page : BakedSite.pages()) {
            reader.open(page);
            Map<String, Object> layout = (Map<String, Object>) reader.browser().script(LAYOUT);
            double h1Bottom = ((Number) layout.get("h1Bottom")).doubleValue();
            double textTop = ((Number) layout.get("textTop")).doubleValue();
            if (h1Bottom > HEIGHT) {
                problems.add(page + ": the h1 ends at y=" + h1Bottom + ", below the first screen");
            }
            // The text begins on the first screen: letterhead and contents wait behind their summaries.
            if (textTop > HEIGHT - 48) {
                problems.add(page + ": the text begins at y=" + textTop);
            }
            if (textTop >= 0) {
                measured++;
            }
            for (Object d : (List<Object>) layout.get("disorder")) {
                problems.add(page + ": on screen out of DOM order: " + d);
            }
            for (Object m : (List<Object>) layout.get("moved")) {
                problems.add(page + ": CSS moves " + m);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(measured > 20, "pages with text measured: " + measured);
    }

    @Test
    void theMenuButtonShowsAndHidesTheSectionsByMouseAndKeyboard() {
        reader.browser().viewport(WIDTH, HEIGHT);
        reader.open("programmer/lup-2.html");
        WebElement button = reader.browser().driver().findElement(By.cssSelector("nav.side-nav button.menu-toggle"));
        WebElement list = reader.browser().driver().findElement(By.id(button.getAttribute("aria-controls")));
        assertTrue(button.isDisplayed());
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(list.isDisplayed(), "the menu starts folded on a phone");
        double h1Top = ((Number) reader.browser().script(
                "return document.querySelector('main h1').getBoundingClientRect().top")).doubleValue();

        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(list.isDisplayed());
        // Every section's heading, and the pages of the reader's own section.
        assertTrue(reader.browser().driver().findElement(By.linkText("Bilag")).isDisplayed());
        assertTrue(reader.browser().driver().findElement(By.linkText("LUP 3")).isDisplayed());
        double h1TopOpen = ((Number) reader.browser().script(
                "return document.querySelector('main h1').getBoundingClientRect().top")).doubleValue();
        assertTrue(h1TopOpen > h1Top + 200, "the open menu pushes the page down, it does not cover it");

        // Keyboard: Escape folds it and leaves the focus on the button; Enter and Space open and close it.
        reader.browser().driver().findElement(By.linkText("LUP 3")).sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(list.isDisplayed());
        assertTrue((Boolean) reader.browser().script(
                "return document.activeElement === document.querySelector('.menu-toggle')"));
        new Actions(reader.browser().driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("true", button.getAttribute("aria-expanded"));
        new Actions(reader.browser().driver()).sendKeys(Keys.SPACE).perform();
        assertEquals("false", button.getAttribute("aria-expanded"));
    }

    /** What a screen reader is told: a button named "Menu" that is collapsed, then expanded. */
    @Test
    @SuppressWarnings("unchecked")
    void aScreenReaderHearsACollapsedThenExpandedMenuButton() {
        reader.browser().viewport(WIDTH, HEIGHT);
        reader.open("bilag/index.html");
        assertEquals("button Menu expanded=false", menuInTheAccessibilityTree());
        reader.browser().driver().findElement(By.cssSelector(".menu-toggle")).click();
        assertEquals("button Menu expanded=true", menuInTheAccessibilityTree());
    }

    @SuppressWarnings("unchecked")
    private static String menuInTheAccessibilityTree() {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) reader.browser()
                .cdp("Accessibility.getFullAXTree", Map.of()).get("nodes");
        for (Map<String, Object> node : nodes) {
            Map<String, Object> name = (Map<String, Object>) node.get("name");
            Map<String, Object> role = (Map<String, Object>) node.get("role");
            if (name != null && "Menu".equals(name.get("value")) && role != null && "button".equals(role.get("value"))) {
                String expanded = "missing";
                for (Map<String, Object> property : (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
                    if ("expanded".equals(property.get("name"))) {
                        expanded = String.valueOf(((Map<String, Object>) property.get("value")).get("value"));
                    }
                }
                return "button Menu expanded=" + expanded;
            }
        }
        return "no button named Menu";
    }

    @Test
    void onADesktopTheMenuIsOpenAndTheButtonGone() {
        reader.browser().viewport(1280, 900);
        reader.open("programmer/lup-2.html");
        assertFalse(reader.browser().driver().findElement(By.cssSelector(".menu-toggle")).isDisplayed());
        assertTrue(reader.browser().driver().findElement(By.linkText("Bilag 1: Baggrundsmateriale")).isDisplayed());
    }
}
