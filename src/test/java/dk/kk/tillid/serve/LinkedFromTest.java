package dk.kk.tillid.serve;

import org.junit.jupiter.api.Test;

import java.util.List;
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
    void theListQuotesTitlesAsText() {
        String html = LinkedFrom.html(List.of(new LinkedFrom.Link("a.html", "<b>Fed</b> & mere")));
        assertTrue(html.contains("<a href=\"/a.html\">&lt;b&gt;Fed&lt;/b&gt; &amp; mere</a>"), html);
        assertTrue(LinkedFrom.html(List.of()).contains("Ingen andre sider linker hertil."));
    }
}
