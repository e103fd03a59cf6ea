package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The next check resolves again only the links whose outcome can have changed: those of changed pages, of pages
 * with findings, and of pages that point at a file that went or at a page whose anchors or meta refresh changed.
 * Whatever it skips, it reports exactly what a check without any cache reports.
 */
class KeptOutcomeTest {

    private static SiteWriter site(Path root) {
        SiteWriter site = new SiteWriter(root.resolve("site"));
        site.lines("index.html", "<!DOCTYPE html><title>Forside</title>", "<link rel=\"stylesheet\" href=\"css/site.css\">",
                "<a href=\"a/a.html#mål\">A</a>", "<a href=\"b/\">B</a>");
        site.lines("a/a.html", "<!DOCTYPE html><title>A</title>", "<h2 id=\"mål\">Mål</h2>", "<a href=\"../index.html\">Hjem</a>");
        site.lines("b/index.html", "<!DOCTYPE html><title>B</title>", "<img src=\"../img/x.png\" alt=\"\">");
        site.lines("c.html", "<!DOCTYPE html><title>C</title>", "<base href=\"a/\">", "<a href=\"a.html\">A</a>");
        site.lines("css/site.css", "body { background: url(../img/x.png) }");
        site.file("img/x.png");
        return site;
    }

    /** A new process's check over the kept file. */
    private static ScanCache check(SiteWriter site, Path file, String why) throws Exception {
        ScanCache cache = ScanCache.kept(file);
        CheckReport report = new LinkChecker(site.root()).withScanCache(cache).run();
        assertSame(new LinkChecker(site.root()).run(), report, why);
        return cache;
    }

    private static void assertSame(CheckReport expected, CheckReport actual, String why) {
        assertEquals(expected.findings(), actual.findings(), why);
        assertEquals(expected.pagesChecked(), actual.pagesChecked(), why);
        assertEquals(expected.referencesChecked(), actual.referencesChecked(), why);
        assertEquals(expected.externalReferences(), actual.externalReferences(), why);
    }

    @Test
    void nothingChangedResolvesNothingAndOneChangedPageOnlyItself(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        assertEquals(4, check(site, file, "first").resolvedInLastCheck());
        assertEquals(0, check(site, file, "nothing changed").resolvedInLastCheck());
        site.lines("a/a.html", "<!DOCTYPE html><title>A</title>", "<h2 id=\"mål\">Mål</h2>", "<p>Nyt afsnit</p>",
                "<a href=\"../index.html\">Hjem</a>");
        assertEquals(1, check(site, file, "a text edit").resolvedInLastCheck(), "its anchors are the same");
    }

    @Test
    void aChangedAnchorBreaksAndFixesLinksOnUnchangedPages(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site, file, "first");
        site.lines("a/a.html", "<!DOCTYPE html><title>A</title>", "<h2 id=\"maal\">Mål</h2>", "<a href=\"../index.html\">Hjem</a>");
        ScanCache broken = check(site, file, "the heading's id changed");
        assertEquals(3, broken.resolvedInLastCheck(), "the changed page and the two that link it (c.html through its <base>)");
        assertEquals(1, new LinkChecker(site.root()).run().errors());

        assertEquals(1, check(site, file, "still broken").resolvedInLastCheck(), "a page with a finding is resolved every time");
        site.lines("a/a.html", "<!DOCTYPE html><title>A</title>", "<h2 id=\"mål\">Mål</h2>", "<a href=\"../index.html\">Hjem</a>");
        check(site, file, "the id is back");
        assertEquals(0, new LinkChecker(site.root()).run().errors());
    }

    /**
     * A check that stops part-way (a page it cannot read, an interrupted build) has already parsed the re-anchored
     * page into this cache; the next check over the same cache finds that page's bytes as it left them, so only
     * what the stopped check noted can tell it that the pages linking it must be resolved again.
     */
    @Test
    void aCheckStoppedAfterParsingAReanchoredPageLeavesItForTheNext(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site, file, "first");
        site.lines("a/a.html", "<!DOCTYPE html><title>A</title>", "<h2 id=\"maal\">Mål</h2>", "<a href=\"../index.html\">Hjem</a>");

        ScanCache cache = ScanCache.kept(file);
        cache.load();
        cache.scanned(site.root().resolve("a/a.html"), "a/a.html", null);
        // The check stops here: nothing resolved, nothing stored.

        CheckReport next = new LinkChecker(site.root()).withScanCache(cache).run();
        assertSame(new LinkChecker(site.root()).run(), next, "the link to #mål on the unchanged index.html is broken");
        assertEquals(1, next.errors());
        check(site, file, "a new process over the file the finished check kept");
    }

    @Test
    void aMetaRefreshOnATargetWarnsOnAnUnchangedPage(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site, file, "first");
        site.lines("a/a.html", "<!DOCTYPE html><title>A</title>", "<meta http-equiv=\"refresh\" content=\"0; url=../c.html\">",
                "<h2 id=\"mål\">Mål</h2>", "<a href=\"../index.html\">Hjem</a>");
        check(site, file, "a target now sends readers on");
        assertTrue(new LinkChecker(site.root()).run().findings().stream().anyMatch(f -> f.kind().equals("refresh-page")));
    }

    @Test
    void aDeletedOrRenamedTargetBreaksAndANewPageFixes(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site, file, "first");
        Files.move(site.root().resolve("b/index.html"), site.root().resolve("b/b.html"));
        assertEquals(2, check(site, file, "renamed: index.html's link to b/ breaks").resolvedInLastCheck(),
                "the new page and the page that linked the old name");
        site.lines("b/index.html", "<!DOCTYPE html><title>B</title>");
        check(site, file, "a new page fixes the broken link");
        assertEquals(0, new LinkChecker(site.root()).run().errors());

        Files.delete(site.root().resolve("img/x.png"));
        check(site, file, "an image gone, used by a page and by the stylesheet");
        assertEquals(2, new LinkChecker(site.root()).run().errors());
    }

    @Test
    void aFolderThatABaseNeedsGoes(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site, file, "first");
        Files.delete(site.root().resolve("a/a.html"));
        Files.delete(site.root().resolve("a"));
        check(site, file, "c.html's <base> folder is gone");
        assertTrue(new LinkChecker(site.root()).run().findings().stream()
                .anyMatch(f -> f.file().equals("c.html") && f.line() == 2), "the base itself is reported");
    }

    @Test
    void aStylesheetIsCheckedEveryTimeThoughItsPagesAreKept(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site, file, "first");
        site.lines("css/site.css", "body { background: url(../img/y.png) }");
        ScanCache cache = check(site, file, "the stylesheet breaks");
        assertEquals(0, cache.resolvedInLastCheck(), "no page changed");
        assertEquals(1, new LinkChecker(site.root()).run().errors());
    }

    @Test
    void anotherServedPathResolvesEveryPage(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        site.lines("404.html", "<!DOCTYPE html><title>404</title>", "<a href=\"/tillid/index.html\">Forside</a>");
        Path file = root.resolve("link-check.bin");
        ScanCache first = ScanCache.kept(file);
        CheckReport served = new LinkChecker(site.root()).withScanCache(first).withServedPath("/tillid/").run();
        assertEquals(0, served.errors(), "" + served.findings());
        ScanCache second = ScanCache.kept(file);
        CheckReport root404 = new LinkChecker(site.root()).withScanCache(second).run();
        assertEquals(5, second.resolvedInLastCheck());
        assertSame(new LinkChecker(site.root()).run(), root404, "served at the root, /tillid/ is missing");
        assertEquals(1, root404.errors());
    }

    @Test
    void aDamagedFileResolvesEveryPageAgain(@TempDir Path root) throws Exception {
        SiteWriter site = site(root);
        Path file = root.resolve("link-check.bin");
        check(site, file, "first");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 1));
        assertEquals(4, check(site, file, "cut short").resolvedInLastCheck());
        assertEquals(0, check(site, file, "written whole again").resolvedInLastCheck());
    }

    /**
     * Seeded rounds of edits of every kind (anchors renamed, pages added, deleted and renamed, links changed, meta
     * refreshes, images going and coming), each checked with the kept file and with the preview's cache in this
     * process, and compared with a check without any cache.
     */
    @Test
    void seededEditsReportWhatAFreshCheckReports(@TempDir Path root) throws Exception {
        Random random = new Random(20130213);
        SiteWriter site = new SiteWriter(root.resolve("site"));
        int pages = 12;
        List<String> ids = List.of("a", "b", "c", "d");
        for (int i = 0; i < pages; i++) {
            writePage(site, random, i, pages, ids);
        }
        site.file("img/0.png");
        site.file("img/1.png");
        Path file = root.resolve("link-check.bin");
        ScanCache preview = new ScanCache();
        LinkChecker previewCheck = new LinkChecker(site.root()).withScanCache(preview);
        int resolvedLess = 0;
        for (int round = 0; round < 60; round++) {
            String why = "round " + round;
            ScanCache cache = check(site, file, why);
            assertSame(new LinkChecker(site.root()).run(), previewCheck.run(), why + " (preview)");
            if (cache.resolvedInLastCheck() < new LinkChecker(site.root()).run().pagesChecked()) {
                resolvedLess++;
            }
            int page = random.nextInt(pages);
            Path path = site.root().resolve("p" + page + ".html");
            switch (random.nextInt(6)) {
                case 0, 1 -> writePage(site, random, page, pages, ids);
                case 2 -> Files.deleteIfExists(path);
                case 3 -> {
                    if (Files.exists(path)) {
                        Files.move(path, site.root().resolve("p" + random.nextInt(pages) + ".html"),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                case 4 -> {
                    Path image = site.root().resolve("img/" + random.nextInt(2) + ".png");
                    if (!Files.deleteIfExists(image)) {
                        site.file(site.root().relativize(image).toString());
                    }
                }
                default -> writePage(site, random, page, pages, List.of(ids.get(random.nextInt(ids.size()))));
            }
        }
        assertTrue(resolvedLess > 30, "the kept outcomes are used: " + resolvedLess);
    }

    private static void writePage(SiteWriter site, Random random, int page, int pages, List<String> ids) {
        List<String> lines = new ArrayList<>();
        lines.add("<!DOCTYPE html><title>P" + page + "</title>");
        if (random.nextInt(8) == 0) {
            lines.add("<meta http-equiv=\"refresh\" content=\"0; url=p0.html\">");
        }
        for (String id : ids) {
            if (random.nextInt(8) > 0) {
                lines.add("<h2 id=\"" + id + "\">" + id + "</h2>");
            }
        }
        for (int i = 0; i < 3; i++) {
            String fragment = random.nextInt(4) > 0 ? "" : "#" + ids.get(random.nextInt(ids.size()));
            lines.add("<a href=\"p" + random.nextInt(pages) + ".html" + fragment + "\">link</a>");
        }
        lines.add("<img src=\"img/" + random.nextInt(2) + ".png\" alt=\"\">");
        site.lines("p" + page + ".html", lines.toArray(String[]::new));
    }
}
