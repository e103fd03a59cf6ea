package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview checks its whole site after every save, reusing the parse of unchanged pages. */
class ScanCacheTest {

    @Test
    void aLinkOnAnUnchangedPageBreaksWhenItsTargetChanges(@TempDir Path root) throws Exception {
        SiteWriter site = new SiteWriter(root);
        site.lines("a.html", "<!DOCTYPE html><title>A</title>", "<a href=\"b.html#mål\">til B</a>");
        site.lines("b.html", "<!DOCTYPE html><title>B</title>", "<h2 id=\"mål\">Mål</h2>");
        ScanCache cache = new ScanCache();
        LinkChecker check = new LinkChecker(root).withScanCache(cache);
        assertEquals(0, check.run().errors(), "first check");

        site.lines("b.html", "<!DOCTYPE html><title>B</title>", "<h2 id=\"maal\">Mål</h2>");
        CheckReport second = check.run();
        assertEquals(1, second.errors(), "the unchanged page's link now misses its anchor");
        assertTrue(second.findings().stream().anyMatch(f -> f.file().equals("a.html") && f.line() == 2));

        site.lines("a.html", "<!DOCTYPE html><title>A</title>", "<a href=\"b.html#maal\">til B</a>");
        assertEquals(0, check.run().errors(), "and is whole again when fixed");
    }

    @Test
    void anUnchangedPageIsParsedOnceAndAChangedOrForgottenOneAgain(@TempDir Path root) throws Exception {
        SiteWriter site = new SiteWriter(root);
        site.lines("a.html", "<!DOCTYPE html><title>A</title>", "<a href=\"b.html\">til B</a>");
        site.lines("b.html", "<!DOCTYPE html><title>B</title>");
        ScanCache cache = new ScanCache();
        ScannedPage first = cache.scan(root.resolve("a.html"), "a.html", null);
        assertSame(first, cache.scan(root.resolve("a.html"), "a.html", null), "the same bytes reuse the parse");
        assertNotSame(first, cache.scan(root.resolve("b.html"), "b.html", null), "each page its own parse");

        site.lines("a.html", "<!DOCTYPE html><title>A</title>", "<a href=\"c.html\">til C</a>");
        ScannedPage changed = cache.scan(root.resolve("a.html"), "a.html", null);
        assertNotSame(first, changed, "changed bytes are parsed again");
        assertSame(changed, cache.scan(root.resolve("a.html"), "a.html", null));

        cache.keepOnly(List.of("b.html"));
        assertNotSame(changed, cache.scan(root.resolve("a.html"), "a.html", null), "a page gone from the site is forgotten");
    }
}
