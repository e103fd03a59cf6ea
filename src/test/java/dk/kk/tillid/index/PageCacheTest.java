package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index reuses what it read from unchanged pages in an earlier build, and is the same with or without it. */
class PageCacheTest {
    @TempDir
    Path site;
    @TempDir
    Path cache;

    @Test
    void aLaterBuildParsesOnlyThePagesWhoseHtmlChanged() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        assertEquals((int) htmlFiles(), indexed(true).pagesParsed());
        assertEquals(0, indexed(true).pagesParsed(), "nothing changed");
        edit("bilag/bilag-3.html");
        assertEquals(1, indexed(true).pagesParsed());
        assertEquals((int) htmlFiles(), indexed(false).pagesParsed(), "without the cache every page is read");
    }

    @Test
    void theIndexIsByteIdenticalWithAndWithoutTheCacheAfterEdits() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        Map<String, byte[]> clean = indexFiles(false);
        assertSame(clean, indexFiles(true), "filling the cache");
        assertSame(clean, indexFiles(true), "from the cache");
        edit("bilag/bilag-3.html");
        // The report's paragraph no longer shown elsewhere: the pages around it change in the index too.
        Path shown = site.resolve(FixtureSite.SHOWN_ON);
        Files.writeString(shown, Files.readString(shown).replace("indholdskrav", "krav"));
        Files.delete(site.resolve("sider/om-sitet.html"));
        Map<String, byte[]> afterEdits = indexFiles(false);
        assertFalse(clean.equals(afterEdits));
        assertSame(afterEdits, indexFiles(true), "edited, changed and deleted pages");
    }

    @Test
    void aPageWhoseFileIsAsItWasIsNotReadAndOnlyTheChangedPageIsSplitIntoWords() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        settle();
        indexed(true);
        SearchIndexer again = indexed(true);
        assertEquals(0, again.pagesRead(), "every page known by its size, time and file");
        assertEquals(0, again.pagesSplit(), "and its words kept");
        edit("bilag/bilag-3.html");
        settle("bilag/bilag-3.html");
        SearchIndexer afterEdit = indexed(true);
        assertEquals(1, afterEdit.pagesRead());
        assertEquals(1, afterEdit.pagesParsed());
        assertEquals(1, afterEdit.pagesSplit());
        // A page that shows the report's paragraph gets a new title: the report's result names it anew.
        Path shown = site.resolve(FixtureSite.SHOWN_ON);
        Files.writeString(shown, Files.readString(shown).replace("<h1>Udbud af LUP 2</h1>", "<h1>Udbuddet af LUP 2</h1>"));
        settle(FixtureSite.SHOWN_ON);
        Map<String, byte[]> retitled = indexFiles(true);
        assertSame(indexFiles(false), retitled, "a title shown on another page's result");
        assertTrue(new String(retitled.values().stream().filter(f -> new String(f, java.nio.charset.StandardCharsets.US_ASCII)
                .contains("Udbuddet af LUP 2\",\"fra-rapporten")).findFirst().orElseThrow(), java.nio.charset.StandardCharsets.US_ASCII)
                .contains("tillidsdagsordenen"), "the report's result says where its text is shown, by the new title");
        // The shared paragraph changed on the page it is written in: the page that showed it gets it back.
        Path source = site.resolve("rapporter/tillidsdagsordenen-i-lederuddannelser.html");
        Files.writeString(source, Files.readString(source).replace("indholdskrav", "krav"));
        settle("rapporter/tillidsdagsordenen-i-lederuddannelser.html");
        SearchIndexer afterShared = indexed(true);
        assertEquals(1, afterShared.pagesParsed());
        assertEquals(2, afterShared.pagesSplit(), "the edited page, and the page that no longer leaves it the paragraph");
        Map<String, byte[]> cached = indexFiles(true);
        assertSame(indexFiles(false), cached);
    }

    @Test
    void aNewHeadingMovesEveryLaterSectionAndTheIndexStaysTheSameAsAFreshOne() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        settle();
        indexFiles(true);
        Path page = site.resolve("bilag/bilag-3.html");
        Files.writeString(page, Files.readString(page).replace("Ledelsesreformen er",
                "</p><h2 id=\"ny\">Et nyt afsnit</h2><p>Ledelsesreformen er"));
        SearchIndexer withHeading = indexed(true);
        assertEquals(1, withHeading.pagesSplit(), "only the page with the heading is split; the sections after it move");
        Map<String, byte[]> cached = indexFiles(true);
        assertSame(indexFiles(false), cached, "a section more");
        Files.delete(site.resolve("sider/om-sitet.html"));
        FixtureSite.write(site.resolve("sider"), "ny-side.html", FixtureSite.html("../", "Ny side", "page",
                "<h1>Ny side</h1><p>Ledelsesreformen er ny her.</p><h2 id=\"a\">A</h2><p>Tillid.</p>"));
        cached = indexFiles(true);
        assertSame(indexFiles(false), cached, "a page gone, a page added");
    }

    @Test
    void theFileIsAppendedToAndWrittenWholeOnlyWhenMostOfItIsOutdated() throws IOException {
        FixtureSite.write(site);
        settle();
        indexed(true);
        byte[] first = Files.readAllBytes(cache.resolve(PageCache.FILE));
        assertEquals(0, indexed(true).pagesRead());
        assertArrayEquals(first, Files.readAllBytes(cache.resolve(PageCache.FILE)), "nothing changed, nothing written");
        edit("bilag/bilag-3.html");
        indexed(true);
        byte[] appended = Files.readAllBytes(cache.resolve(PageCache.FILE));
        assertTrue(appended.length > first.length);
        assertArrayEquals(first, java.util.Arrays.copyOf(appended, first.length), "what was there is kept as it was");
        Path page = site.resolve("bilag/bilag-3.html");
        for (int round = 0; round < 40; round++) {
            Files.writeString(page, Files.readString(page).replace("Ledelsesreformen", "Ledelsesreformen " + round));
            indexed(true);
        }
        long kept = Files.size(cache.resolve(PageCache.FILE));
        Files.delete(cache.resolve(PageCache.FILE));
        indexed(true);
        long fresh = Files.size(cache.resolve(PageCache.FILE));
        assertTrue(kept <= 2 * fresh + 4096, "after 40 edits " + kept + " bytes against " + fresh + " written fresh");
    }

    @Test
    void aRecordCutShortByABuildKilledWhileAppendingIsIgnoredAndTheFileWrittenWhole() throws IOException {
        FixtureSite.write(site);
        settle();
        Map<String, byte[]> clean = indexFiles(false);
        indexFiles(true);
        byte[] whole = Files.readAllBytes(cache.resolve(PageCache.FILE));
        edit("bilag/bilag-3.html");
        clean = indexFiles(false);
        indexFiles(true);
        byte[] appended = Files.readAllBytes(cache.resolve(PageCache.FILE));
        // The last record cut in its middle, as a kill while appending leaves it.
        Files.write(cache.resolve(PageCache.FILE), java.util.Arrays.copyOf(appended, (whole.length + appended.length) / 2));
        assertSame(clean, indexFiles(true), "cut short");
        assertEquals(0, indexed(true).pagesParsed(), "written whole again, with the page read anew");
        byte[] stale = Files.readAllBytes(cache.resolve(PageCache.FILE));
        byte[] flipped = stale.clone();
        flipped[stale.length - 20] ^= 0x04;
        Files.write(cache.resolve(PageCache.FILE), flipped);
        assertSame(clean, indexFiles(true), "an altered record");
    }

    @Test
    void aDamagedCacheIsIgnoredAndTheIndexStaysTheSame() throws IOException {
        FixtureSite.write(site);
        Map<String, byte[]> clean = indexFiles(false);
        indexFiles(true);
        byte[] whole = Files.readAllBytes(cache.resolve(PageCache.FILE));

        Files.write(cache.resolve(PageCache.FILE), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertSame(clean, indexFiles(true), "cut short");
        assertTrue(indexed(true).pagesParsed() == 0, "and written whole again");

        byte[] flipped = whole.clone();
        flipped[whole.length * 2 / 3] ^= 0x20;
        Files.write(cache.resolve(PageCache.FILE), flipped);
        SearchIndexer afterFlip = indexed(true);
        assertTrue(afterFlip.pagesParsed() >= 1, "the damaged entry is read from its page again");
        assertTrue(afterFlip.pagesParsed() < htmlFiles(), "the others are still used");
        Files.write(cache.resolve(PageCache.FILE), flipped);
        assertSame(clean, indexFiles(true), "a changed byte");

        byte[] foreign = whole.clone();
        foreign[10] ^= 0x01;
        Files.write(cache.resolve(PageCache.FILE), foreign);
        assertEquals((int) htmlFiles(), indexed(true).pagesParsed(), "another version of the reader: nothing is used");
        Files.write(cache.resolve(PageCache.FILE), foreign);
        assertSame(clean, indexFiles(true), "another version");

        Files.writeString(cache.resolve(PageCache.FILE), "not a cache at all");
        assertSame(clean, indexFiles(true), "garbage");
    }

    @Test
    void aFileLeftByABuildKilledWhileWritingIsNeverReadAndIsCleared() throws IOException {
        FixtureSite.write(site);
        Map<String, byte[]> clean = indexFiles(false);
        Files.writeString(cache.resolve(PageCache.FILE + ".123.new"), "half an entry");
        Files.writeString(cache.resolve(PostingStore.FILE + ".456.new"), "half a term");
        assertSame(clean, indexFiles(true));
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(java.util.List.of(PageCache.FILE, PostingStore.FILE), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private int settled;

    /**
     * Puts every file of the site in the past, as pages of an earlier build are by the next one: a file touched in
     * the last moments is always read.
     */
    private void settle() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
            }
        }
    }

    /** Puts an edited page in the past too, each a second later than the last, so that its edit shows. */
    private void settle(String page) throws IOException {
        Files.setLastModifiedTime(site.resolve(page), java.nio.file.attribute.FileTime.fromMillis(
                1_700_000_000_000L + 1000L * ++settled));
    }

    /** Every HTML file of the site: the indexed pages and those marked data-noindex, which are read too. */
    private long htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(".html") && !f.startsWith(site.resolve(SearchIndexer.INDEX_DIR)))
                    .count();
        }
    }

    private SearchIndexer indexed(boolean withCache) throws IOException {
        SearchIndexer indexer = new SearchIndexer(site).withCache(withCache ? cache : null);
        indexer.run();
        return indexer;
    }

    private Map<String, byte[]> indexFiles(boolean withCache) throws IOException {
        indexed(withCache);
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve(SearchIndexer.INDEX_DIR))) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private void edit(String page) throws IOException {
        Path file = site.resolve(page);
        Files.writeString(file, Files.readString(file).replace("Ledelsesreformen er", "Ledelsesreformen, som blev vedtaget, er"));
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), when);
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), when + ": " + name));
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertSame(expected, actual, "");
    }
}
