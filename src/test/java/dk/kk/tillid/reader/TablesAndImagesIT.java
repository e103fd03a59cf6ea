package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables fit their column on a desktop, and on a phone a table too wide for the screen scrolls in a named region
 * that is a tab stop only while it scrolls. Images shrink to the column; admonitions are boxes.
 */
class TablesAndImagesIT {
    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    /** Each table box: whether it scrolls, its tab index, role and name, and whether the table sticks out of main. */
    private static final String TABLES = """
            const main = document.querySelector('main').getBoundingClientRect();
            return Array.from(document.querySelectorAll('main table.tableblock')).map(table => {
                const box = table.parentElement, rect = table.getBoundingClientRect();
                return {
                    scrolls: box.scrollWidth > box.clientWidth + 1,
                    tabindex: box.getAttribute('tabindex'),
                    role: box.getAttribute('role'),
                    name: box.getAttribute('aria-label') || '',
                    clipped: rect.right > main.right + 0.5 || box.scrollWidth > box.clientWidth + 1,
                    width: Math.round(rect.width) + ' px in ' + Math.round(main.width) + ' px'
                };
            });
            """;

    @Test
    @SuppressWarnings("unchecked")
    void everyTableFitsItsColumnOnADesktop() {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (int width : List.of(1280, 1920)) {
            reader.browser().viewport(width, 900);
            for (String page : BakedSite.pages()) {
                reader.open(page);
                for (Map<String, Object> table : (List<Map<String, Object>>) reader.browser().script(TABLES)) {
                    tables++;
                    if (Boolean.TRUE.equals(table.get("clipped"))) {
                        problems.add(page + " at " + width + " px: a table " + table.get("width"));
                    }
                    if (table.get("tabindex") != null) {
                        problems.add(page + " at " + width + " px: a table that does not scroll is a tab stop");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(tables > 15, "tables measured at the two widths: " + tables);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneAWideTableScrollsInANamedRegionThatIsATabStop() {
        reader.browser().viewport(360, 800);
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            for (Map<String, Object> table : (List<Map<String, Object>>) reader.browser().script(TABLES)) {
                boolean scrolls = Boolean.TRUE.equals(table.get("scrolls"));
                if (!"region".equals(table.get("role")) || ((String) table.get("name")).isBlank()) {
                    problems.add(page + ": a table box without role=region and a name");
                }
                if (scrolls != "0".equals(table.get("tabindex"))) {
                    problems.add(page + ": scrolls " + scrolls + " but tabindex " + table.get("tabindex"));
                }
            }
        }
        assertEquals(List.of(), problems);

        // The real tables all wrap to fit even a phone; a table of long words shows what happens when one does not.
        reader.open("opslag/tidslinje.html");
        Map<String, Object> wide = (Map<String, Object>) reader.browser().driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const box = document.querySelector('.table-scroll');
                const cell = box.querySelector('td');
                cell.textContent = 'Tillidsdagsordenslederuddannelsesudbudsmaterialeformuleringsarbejdet';
                dispatchEvent(new Event('resize'));
                requestAnimationFrame(() => requestAnimationFrame(() => done({
                    scrolls: box.scrollWidth > box.clientWidth,
                    tabindex: box.getAttribute('tabindex'),
                    pageScrolls: document.documentElement.scrollWidth > innerWidth
                })));
                """);
        assertEquals(Map.of("scrolls", true, "tabindex", "0", "pageScrolls", false), wide);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWideImageShrinksToTheColumn() {
        for (int width : List.of(360, 1280)) {
            reader.browser().viewport(width, 900);
            reader.open("om/vejledning.html");
            Map<String, Object> image = (Map<String, Object>) reader.browser().driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const img = new Image();
                    img.alt = '';
                    img.onload = () => done({
                        image: img.getBoundingClientRect().width,
                        column: document.querySelector('main .content-body').getBoundingClientRect().width,
                        pageScrolls: document.documentElement.scrollWidth > innerWidth
                    });
                    img.src = 'data:image/svg+xml,' + encodeURIComponent(
                        '<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="300"></svg>');
                    document.querySelector('main .content-body p').append(img);
                    """);
            double imageWidth = ((Number) image.get("image")).doubleValue();
            double column = ((Number) image.get("column")).doubleValue();
            assertTrue(imageWidth <= column + 0.5 && imageWidth > 100, width + " px: " + image);
            assertEquals(false, image.get("pageScrolls"), width + " px");
        }
    }

    /** No page has a NOTE today; this is the markup Asciidoctor writes for one, as an editor would get it. */
    @Test
    @SuppressWarnings("unchecked")
    void anAdmonitionIsACalloutBox() {
        reader.browser().viewport(1280, 900);
        reader.open("om/vejledning.html");
        Map<String, Object> note = (Map<String, Object>) reader.browser().script("""
                document.querySelector('main .content-body').insertAdjacentHTML('afterbegin',
                    '<div class="admonitionblock note"><table><tbody><tr><td class="icon"><div class="title">Bemærk'
                    + '</div></td><td class="content">Husk at gemme filen.</td></tr></tbody></table></div>');
                const box = document.querySelector('main .admonitionblock');
                const style = getComputedStyle(box);
                return {
                    background: style.backgroundColor,
                    page: getComputedStyle(document.body).backgroundColor,
                    border: parseFloat(style.borderLeftWidth),
                    label: box.querySelector('.title').textContent
                };
                """);
        assertTrue(note != null, "the guide has an admonition");
        assertNotEquals(note.get("page"), note.get("background"), "set off from the page");
        assertTrue(((Number) note.get("border")).doubleValue() >= 4, note.toString());
        assertEquals("Bemærk", note.get("label"));
    }
}
