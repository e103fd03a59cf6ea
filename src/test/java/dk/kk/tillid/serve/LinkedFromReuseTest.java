package dk.kk.tillid.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The lists of linking pages are made again only when a page's title or links changed: a save of page text gets
 * the lists made before, and a changed title of a linking page shows in the list of every page it links to.
 */
class LinkedFromReuseTest {
    /** A fixed date long past (the report's own, 13 February 2013), so that no page counts as just written. */
    private static final FileTime OLD = FileTime.from(Instant.parse("2013-02-13T12:00:00Z"));
    private static final List<String> PAGES = List.of("a.html", "b.html", "c.html");

    @TempDir
    Path site;
    private int saves;

    @Test
    void aTextEditReusesTheListsAndATitleChangeShowsTheNewTitle() throws IOException {
        write("a.html", "Side A", "Om tillid.", "b.html");
        write("b.html", "Side B", "Om ledelse.", "c.html");
        write("c.html", "Side C", "Om dialog.");
        LinkedFrom links = new LinkedFrom();
        Map<String, List<LinkedFrom.Link>> first = links.of(site, PAGES);
        assertEquals(List.of(new LinkedFrom.Link("a.html", "Side A")), first.get("b.html"));
        assertEquals(List.of(new LinkedFrom.Link("b.html", "Side B")), first.get("c.html"));

        write("a.html", "Side A", "Om tillid og et tillidsbarometer.", "b.html");
        Map<String, List<LinkedFrom.Link>> textEdit = links.of(site, PAGES);
        assertSame(first, textEdit, "no title or link changed: the lists made before");

        write("a.html", "Side A med ny titel", "Om tillid og et tillidsbarometer.", "b.html");
        Map<String, List<LinkedFrom.Link>> retitled = links.of(site, PAGES);
        assertNotSame(first, retitled, "a title changed: the lists are made again");
        assertEquals(List.of(new LinkedFrom.Link("a.html", "Side A med ny titel")), retitled.get("b.html"),
                "the page that links to b under its new title");
        assertEquals(List.of(new LinkedFrom.Link("b.html", "Side B")), retitled.get("c.html"));
    }

    /** Writes a page as the layout does, its own text in .content-body, each save one second after the last. */
    private void write(String page, String title, String text, String... linksTo) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title></head><body><h1>" + title
                + "</h1><div class=\"content-body\"><p>" + text + "</p>");
        for (String target : linksTo) {
            html.append("<p><a href=\"").append(target).append("\">Læs mere</a></p>");
        }
        html.append("</div><footer><a href=\"index.html\">Forside</a></footer></body></html>");
        Path file = site.resolve(page);
        Files.writeString(file, html);
        Files.setLastModifiedTime(file, FileTime.fromMillis(OLD.toMillis() + 1000L * saves++));
    }
}
