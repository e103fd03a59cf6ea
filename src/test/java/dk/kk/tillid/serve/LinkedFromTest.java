package dk.kk.tillid.serve;

import org.junit.jupiter.api.Test;

import dk.kk.tillid.cache.CachedConversion;
import dk.kk.tillid.cache.StateFile;
import dk.kk.tillid.files.Sha256;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which page of the site a link leads to, as the preview's "Sider der linker hertil" counts it. */
class LinkedFromTest {
    @Test
    void linksLeadToPagesOfTheSiteOnly() {
        assertEquals(Optional.of("bilag/bilag-1.html"), LinkedFrom.target("rapport/r.html", "../bilag/bilag-1.html#afsnit"));
        assertEquals(Optional.of("bilag/index.html"), LinkedFrom.target("rapport/r.html", "../bilag/"));
        assertEquals(Optional.of("index.html"), LinkedFrom.target("rapport/r.html", "../"));
        assertEquals(Optional.of("rapport/r.html"), LinkedFrom.target("rapport/r.html", "#top"));
        assertEquals(Optional.of("side.html"), LinkedFrom.target("side.html", "side.html?q=x"));
        for (String elsewhere : List.of("https://www.kk.dk/", "mailto:a@kk.dk", "tel:12345678", "../../uden-for.html", "//vært/x.html",
                "http://[", "javascript:void(0)")) {
            assertEquals(Optional.empty(), LinkedFrom.target("rapport/r.html", elsewhere), elsewhere);
        }
    }

    @Test
    void parsesKeptByAnotherBuildOfTheToolAreMadeAgain(@TempDir Path project) throws IOException {
        Path site = Files.createDirectories(project.resolve("site"));
        String linking = "<html><body><h1>Side A</h1><div class=\"content-body\"><a href=\"b.html\">B</a></div></body></html>";
        Files.writeString(site.resolve("a.html"), linking);
        Files.writeString(site.resolve("b.html"), "<html><body><h1>Side B</h1><div class=\"content-body\"></div></body></html>");
        StateFile kept = StateFile.of(project, "linked-from-test.bin");
        // As an earlier build that read titles differently kept them: page a's bytes, another title.
        String digest = HexFormat.of().formatHex(Sha256.of(linking.getBytes(StandardCharsets.UTF_8)));
        kept.write(new CachedConversion(LinkedFrom.format("build 1"), List.of(),
                Map.of("a.html", List.of(digest, "Titel efter build 1", "b.html"))));

        assertEquals(List.of(new LinkedFrom.Link("a.html", "Titel efter build 1")),
                new LinkedFrom(kept, () -> "build 1").of(site, List.of("a.html", "b.html")).get("b.html"),
                "the same build uses what it kept");
        assertEquals(List.of(new LinkedFrom.Link("a.html", "Side A")),
                new LinkedFrom(kept, () -> "build 2").of(site, List.of("a.html", "b.html")).get("b.html"),
                "another build parses the page again");
    }

    @Test
    void aPageWrittenAgainIsReadAgainEvenWithTheSameSize(@TempDir Path site) throws IOException {
        // A fixed date long past (the report's own, 13 February 2013), so that no page counts as just written.
        FileTime old = FileTime.from(Instant.parse("2013-02-13T12:00:00Z"));
        for (String page : List.of("b.html", "c.html")) {
            Files.writeString(site.resolve(page), "<h1>Side " + page + "</h1><div class=\"content-body\"></div>");
            Files.setLastModifiedTime(site.resolve(page), old);
        }
        Path a = site.resolve("a.html");
        Files.writeString(a, "<h1>Side A</h1><div class=\"content-body\"><a href=\"b.html\">x</a></div>");
        Files.setLastModifiedTime(a, old);
        LinkedFrom links = new LinkedFrom();
        List<String> pages = List.of("a.html", "b.html", "c.html");
        assertEquals(List.of(new LinkedFrom.Link("a.html", "Side A")), links.of(site, pages).get("b.html"));

        // Unchanged pages are not read again; this one is as long as before, and still years old.
        Files.writeString(a, "<h1>Side A</h1><div class=\"content-body\"><a href=\"c.html\">x</a></div>");
        Files.setLastModifiedTime(a, FileTime.fromMillis(old.toMillis() + 1000));
        Map<String, List<LinkedFrom.Link>> after = links.of(site, pages);
        assertEquals(List.of(), after.get("b.html"));
        assertEquals(List.of(new LinkedFrom.Link("a.html", "Side A")), after.get("c.html"));
    }

    @Test
    void theListQuotesTitlesAsText() {
        String html = LinkedFrom.html(List.of(new LinkedFrom.Link("a.html", "<b>Fed</b> & mere")));
        assertTrue(html.contains("<a href=\"/a.html\">&lt;b&gt;Fed&lt;/b&gt; &amp; mere</a>"), html);
        assertTrue(LinkedFrom.html(List.of()).contains("Ingen andre sider linker hertil."));
    }
}
