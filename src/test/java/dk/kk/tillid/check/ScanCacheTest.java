package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
