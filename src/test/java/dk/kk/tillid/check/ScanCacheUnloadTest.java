package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A one-off build lets go of the check's parses once the check is done (the index after it needs the memory):
 * the parses live on in the cache's file only, and a later check reads them from there.
 */
class ScanCacheUnloadTest {

    @Test
    void anUnloadedCacheHoldsNothingInMemoryAndReadsItsFileAgain(@TempDir Path root) throws Exception {
        SiteWriter site = new SiteWriter(root.resolve("site"));
        site.lines("a.html", "<!DOCTYPE html><title>A</title>", "<a href=\"b.html#mål\">til B</a>");
        site.lines("b.html", "<!DOCTYPE html><title>B</title>", "<h2 id=\"mål\">Mål</h2>");
        Path file = root.resolve("target/build-cache/link-check.bin");
        ScanCache cache = ScanCache.kept(file);
        CheckReport first = new LinkChecker(site.root()).withScanCache(cache).run();
        assertEquals(2, cache.parsedInLastCheck());

        cache.unload();
        CheckReport fromFile = new LinkChecker(site.root()).withScanCache(cache).run();
        assertEquals(0, cache.parsedInLastCheck(), "the parses come back from the file");
        assertEquals(first.findings(), fromFile.findings());
        assertEquals(first.referencesChecked(), fromFile.referencesChecked());

        cache.unload();
        Files.delete(file);
        CheckReport again = new LinkChecker(site.root()).withScanCache(cache).run();
        assertEquals(2, cache.parsedInLastCheck(), "with the file gone nothing of the earlier checks is left in memory");
        assertEquals(first.findings(), again.findings());
    }

    @Test
    void aReadAheadThatComesAfterTheCheckNeitherResetsItsCountsNorReloadsTheFile(@TempDir Path root) throws Exception {
        SiteWriter site = new SiteWriter(root.resolve("site"));
        site.lines("a.html", "<!DOCTYPE html><title>A</title>", "<a href=\"b.html\">til B</a>");
        site.lines("b.html", "<!DOCTYPE html><title>B</title>");
        Path file = root.resolve("target/build-cache/link-check.bin");
        ScanCache cache = ScanCache.kept(file);
        new LinkChecker(site.root()).withScanCache(cache).run();

        cache.readAhead();
        assertEquals(2, cache.parsedInLastCheck(), "the check's own count stands, so its file is written when it changed");
        cache.unload();
        cache.readAhead();
        Files.delete(file);
        new LinkChecker(site.root()).withScanCache(cache).run();
        assertEquals(2, cache.parsedInLastCheck(), "the late read put nothing back in memory");
    }
}
