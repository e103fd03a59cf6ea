package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The next build's link check parses only the pages whose bytes changed, and finds what a fresh check finds. */
class KeptScanCacheTest {

    private static SiteWriter site(Path root) {
        SiteWriter site = new SiteWriter(root.resolve("site"));
        site.lines("a.html", "<!DOCTYPE html><title>A</title>", "<a href=\"b.html#mål\">til B</a>", "<a href=\"c.html\">C</a>");
        site.lines("b.html", "<!DOCTYPE html><title>B</title>", "<h2 id=\"mål\">Mål</h2>", "<img src=\"x.png\">");
        site.lines("c.html", "<!DOCTYPE html><title>C</title>", "<a href=\"a.html\">A</a>");
        return site;
    }

    /** A check as a new process makes it: a new cache object over the same file. */
    private static CheckReport check(Path webRoot, ScanCache cache) throws Exception {
        return new LinkChecker(webRoot).withScanCache(cache).run();
    }

    private static CheckReport fresh(Path webRoot) throws Exception {
        return new LinkChecker(webRoot).run();
    }

    @Test
    void aSecondCheckParsesOnlyTheChangedPageAndFindsTheSame(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("target/build-cache/link-check.bin");
        ScanCache first = ScanCache.kept(file);
        CheckReport before = check(site.root(), first);
        assertEquals(3, first.parsedInLastCheck());
        assertSameReport(fresh(site.root()), before, "first check");
        assertTrue(Files.isRegularFile(file), "kept for the next process");

        site.lines("b.html", "<!DOCTYPE html><title>B</title>", "<h2 id=\"maal\">Mål</h2>", "<img src=\"x.png\">");
        ScanCache second = ScanCache.kept(file);
        CheckReport after = check(site.root(), second);
        assertEquals(1, second.parsedInLastCheck(), "only b.html changed");
        assertSameReport(fresh(site.root()), after, "the same findings as a check without the cache");
        assertTrue(after.findings().stream().anyMatch(f -> f.file().equals("a.html") && f.kind().equals("missing-fragment")),
                "the unchanged page's link misses its anchor now");
        assertTrue(after.findings().stream().anyMatch(f -> f.file().equals("b.html") && f.kind().equals("missing-alt")),
                "the reused page's own findings are kept");

        ScanCache third = ScanCache.kept(file);
        check(site.root(), third);
        assertEquals(0, third.parsedInLastCheck(), "nothing changed");
    }

    @Test
    void aCacheReadAheadOfTheCheckIsTheOneTheCheckUses(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site.root(), ScanCache.kept(file));
        Path copy = root.resolve("kopi.bin");
        Files.copy(file, copy);

        site.lines("c.html", "<!DOCTYPE html><title>C</title>", "<a href=\"a.html#intet\">A</a>");
        for (Path kept : List.of(file, copy)) {
            ScanCache next = ScanCache.kept(kept);
            if (kept.equals(file)) {
                next.readAhead();
            } else {
                next.readAheadWhole();
            }
            // Gone before the check: what the check reuses can only have come from the read ahead.
            Files.copy(kept, root.resolve("igen.bin"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.delete(kept);
            CheckReport after = check(site.root(), next);
            assertEquals(1, next.parsedInLastCheck(), kept.getFileName() + ": only c.html changed; the rest came from the read ahead");
            assertSameReport(fresh(site.root()), after, "the same findings as a check without the cache");
        }

        ScanCache forgotten = ScanCache.kept(root.resolve("igen.bin"));
        forgotten.readAheadWhole();
        forgotten.forgetReadAhead();
        Files.delete(root.resolve("igen.bin"));
        check(site.root(), forgotten);
        assertEquals(3, forgotten.parsedInLastCheck(), "let go before the check, and the file gone: every page parsed");

        ScanCache none = ScanCache.kept(root.resolve("absent.bin"));
        none.readAhead();
        check(site.root(), none);
        assertEquals(3, none.parsedInLastCheck(), "no file: every page parsed");
    }

    @Test
    void aFileThatAnUnchangedPagePointsAtGoesAndTheLinkBreaks(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site.root(), ScanCache.kept(file));

        Files.delete(site.root().resolve("c.html"));
        ScanCache next = ScanCache.kept(file);
        CheckReport after = check(site.root(), next);
        assertEquals(0, next.parsedInLastCheck());
        assertSameReport(fresh(site.root()), after, "a target gone");
        assertTrue(after.findings().stream().anyMatch(f -> f.file().equals("a.html") && f.kind().equals("missing-file")));
    }

    @Test
    void aDamagedOrForeignFileIsNotUsed(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site.root(), ScanCache.kept(file));
        byte[] whole = Files.readAllBytes(file);
        CheckReport expected = fresh(site.root());

        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertParsedAgain(site, file, expected, "cut short, as by a kill while writing without the move");

        byte[] altered = whole.clone();
        altered[whole.length / 2] ^= 1;
        Files.write(file, altered);
        assertParsedAgain(site, file, expected, "one bit changed");

        Files.write(file, whole);
        ScanCacheFile.Contents foreign = ScanCacheFile.read(file);
        assertFalse(foreign.pages().isEmpty());
        assertTrue(ScanCacheFile.write(file, foreign, "another version of the tool"));
        assertParsedAgain(site, file, expected, "written by another version");

        Files.write(file, "nonsense".getBytes());
        assertParsedAgain(site, file, expected, "not a cache file");
    }

    private static void assertSameReport(CheckReport expected, CheckReport actual, String why) {
        assertEquals(expected.findings(), actual.findings(), why);
        assertEquals(expected.pagesChecked(), actual.pagesChecked(), why);
        assertEquals(expected.referencesChecked(), actual.referencesChecked(), why);
    }

    private static void assertParsedAgain(SiteWriter site, Path file, CheckReport expected, String why) throws Exception {
        ScanCache cache = ScanCache.kept(file);
        assertSameReport(expected, check(site.root(), cache), why);
        assertEquals(3, cache.parsedInLastCheck(), why);
        ScanCache repaired = ScanCache.kept(file);
        check(site.root(), repaired);
        assertEquals(0, repaired.parsedInLastCheck(), why + ": written whole again");
    }

    @Test
    void aPageWrittenAgainWithTheSameBytesIsNotParsed(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site.root(), ScanCache.kept(file));
        site.lines("c.html", "<!DOCTYPE html><title>C</title>", "<a href=\"a.html\">A</a>");
        ScanCache next = ScanCache.kept(file);
        check(site.root(), next);
        assertEquals(0, next.parsedInLastCheck(), "keyed by content, not by time");
    }

    private static final Instant LONG_AGO = Instant.parse("2013-02-13T12:00:00Z");

    /** As the last build left its pages: written well before this check (a fixed day long past, not the clock's). */
    private static void settle(Path webRoot, String page, int minutesAgo) throws Exception {
        Files.setLastModifiedTime(webRoot.resolve(page), FileTime.from(LONG_AGO.minus(minutesAgo, ChronoUnit.MINUTES)));
    }

    private static Object identity(Path file) throws Exception {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
    }

    @Test
    void anUnchangedFileIsNotEvenReadAndTheCacheIsNotWrittenAgain(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        for (String page : List.of("a.html", "b.html", "c.html")) {
            settle(site.root(), page, 60);
        }
        Path file = root.resolve("link-check.bin");
        ScanCache first = ScanCache.kept(file);
        check(site.root(), first);
        assertEquals(3, first.readInLastCheck());
        Object written = identity(file);

        ScanCache second = ScanCache.kept(file);
        assertSameReport(fresh(site.root()), check(site.root(), second), "reused without reading");
        assertEquals(0, second.readInLastCheck(), "same size, time and file: not read");
        assertEquals(0, second.parsedInLastCheck());
        assertEquals(written, identity(file), "nothing changed, nothing written");

        site.lines("b.html", "<!DOCTYPE html><title>B</title>", "<h2 id=\"maal\">Mål</h2>", "<img src=\"x.png\">");
        settle(site.root(), "b.html", 30);
        ScanCache third = ScanCache.kept(file);
        CheckReport after = check(site.root(), third);
        assertEquals(1, third.readInLastCheck(), "only the edited page is read");
        assertEquals(1, third.parsedInLastCheck());
        assertSameReport(fresh(site.root()), after, "the edit is seen");
        assertTrue(after.findings().stream().anyMatch(f -> f.file().equals("a.html") && f.kind().equals("missing-fragment")));
    }

    @Test
    void aFileReplacedByAnotherWithTheSameTimeIsReadAgain(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path c = site.root().resolve("c.html");
        settle(site.root(), "c.html", 60);
        Path file = root.resolve("link-check.bin");
        check(site.root(), ScanCache.kept(file));

        FileTime time = Files.getLastModifiedTime(c);
        Path other = root.resolve("c-other.html");
        Files.writeString(other, "<!DOCTYPE html><title>C</title>\n<a href=\"z.html\">Z</a>\n");
        Files.setLastModifiedTime(other, time);
        Files.move(other, c, StandardCopyOption.REPLACE_EXISTING);
        ScanCache next = ScanCache.kept(file);
        CheckReport after = check(site.root(), next);
        assertEquals(1, next.parsedInLastCheck(), "another file under the same name and time");
        assertSameReport(fresh(site.root()), after, "its broken link is found");
    }

    @Test
    void aPageWrittenJustNowIsReadAgainNextTime(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site.root(), ScanCache.kept(file));
        ScanCache next = ScanCache.kept(file);
        check(site.root(), next);
        assertEquals(3, next.readInLastCheck(), "its time could still stay the same through an edit in place");
        assertEquals(0, next.parsedInLastCheck(), "but its bytes are the same");
    }
}
