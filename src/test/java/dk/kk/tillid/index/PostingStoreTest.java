package dk.kk.tillid.index;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A next build packs only the terms the changed pages have or had, from the postings the last build kept, and its
 * index is still that of a clean build, byte for byte: for each kind of edit, and for a damaged postings file.
 */
class PostingStoreTest {
    private static final String PAGE = "bilag/bilag-3.html";

    @TempDir
    Path site;
    @TempDir
    Path cache;

    private int step;
    private SearchIndexer last;
    private IndexReport report;

    @BeforeEach
    void aBuildThatFilledTheCache() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                Files.setLastModifiedTime(page, FileTime.fromMillis(1_700_000_000_000L));
            }
        }
        next();
    }

    @Test
    void aTextEditPacksOnlyTheTermsOfThatPage() throws IOException {
        edit(PAGE, "Ledelsesreformen er en del", "Ledelsesreformen er nu en del");
        assertSameAsClean(next(), "a sentence changed");
        assertPackedOnlySome();
        assertEquals(1, last.pagesSplit(), "only the edited page is split into words");
    }

    @Test
    void indexFilesWithTheSameBytesAreNotWrittenAgain() throws IOException {
        Map<String, Object> before = fileKeys();
        edit(PAGE, "Ledelsesreformen er en del", "Ledelsesreformen er nu en del");
        Map<String, byte[]> files = next();
        Map<String, Object> after = fileKeys();
        long kept = before.keySet().stream().filter(name -> before.get(name).equals(after.get(name))).count();
        assertTrue(kept > files.size() / 2, kept + " of " + files.size() + " files left as they were");
        assertTrue(kept < files.size(), "the changed ones are written");
        assertSameAsClean(files, "written where it changed");
    }

    private Map<String, Object> fileKeys() throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve(SearchIndexer.INDEX_DIR))) {
            for (Path f : files.toList()) {
                keys.put(f.getFileName().toString(), Files.readAttributes(f,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void aNewTitle() throws IOException {
        edit(PAGE, "<h1>", "<h1>Nyt om ");
        edit(PAGE, "<title>", "<title>Nyt om ");
        assertSameAsClean(next(), "a new title");
        assertPackedOnlySome();
    }

    @Test
    void aTermNewToTheSiteAndThenGoneFromItAgain() throws IOException {
        edit(PAGE, "Ledelsesreformen er en del", "Xylofonen spiller, og Ledelsesreformen er en del");
        Map<String, byte[]> added = next();
        assertSameAsClean(added, "a new term");
        assertPackedOnlySome();
        assertTrue(added.containsKey("v-x.js"), "its letter has a vocabulary now");
        edit(PAGE, "Xylofonen spiller, og ", "");
        Map<String, byte[]> gone = next();
        assertSameAsClean(gone, "a term gone from the whole site");
        assertPackedOnlySome();
        assertFalse(gone.containsKey("v-x.js"), "nor its letter");
    }

    @Test
    void aPageDeleted() throws IOException {
        Files.delete(site.resolve("sider/om-sitet.html"));
        assertSameAsClean(next(), "the last page deleted");
        assertPackedOnlySome();
        Files.delete(site.resolve("bilag/bilag-1.html"));
        assertSameAsClean(next(), "the first page deleted: every later section is numbered anew");
    }

    @Test
    void aPageRenamed() throws IOException {
        Files.move(site.resolve(PAGE), site.resolve("bilag/bilag-4.html"));
        assertSameAsClean(next(), "renamed, in the same place in site order");
        assertPackedOnlySome();
        assertEquals(0, last.pagesSplit(), "its words are those of its bytes, kept");
        Files.move(site.resolve("bilag/bilag-4.html"), site.resolve("sider/zz-bilag-4.html"));
        assertSameAsClean(next(), "renamed, and moved in site order");
    }

    @Test
    void aDamagedPostingsFileIsNotUsed() throws IOException {
        edit(PAGE, "Ledelsesreformen er en del", "Ledelsesreformen er nu en del");
        Path file = cache.resolve(PostingStore.FILE);
        byte[] bytes = Files.readAllBytes(file);
        for (int at : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 3}) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x10;
            Files.write(file, flipped);
            assertSameAsClean(next(), "a byte changed at " + at);
            assertEquals(report.terms(), last.termsPacked(), "every term packed again");
        }
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertSameAsClean(next(), "cut short");
        assertSameAsClean(next(), "and from what that build kept");
        assertEquals(0, last.termsPacked(), "nothing changed, nothing packed");
    }

    private void assertPackedOnlySome() {
        assertTrue(last.termsPacked() > 0 && last.termsPacked() < report.terms(),
                last.termsPacked() + " of " + report.terms() + " terms packed");
    }

    private void edit(String page, String from, String to) throws IOException {
        Path file = site.resolve(page);
        String html = Files.readString(file);
        assertTrue(html.contains(from), from);
        Files.writeString(file, html.replace(from, to));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + 1000L * ++step));
    }

    private Map<String, byte[]> next() throws IOException {
        last = new SearchIndexer(site).withCache(cache);
        report = last.run();
        return files();
    }

    private void assertSameAsClean(Map<String, byte[]> cached, String when) throws IOException {
        new SearchIndexer(site).run();
        Map<String, byte[]> clean = files();
        assertEquals(clean.keySet(), cached.keySet(), when);
        clean.forEach((name, bytes) -> assertArrayEquals(bytes, cached.get(name),
                when + ": " + name + "\n" + new String(cached.get(name), StandardCharsets.UTF_8)));
    }

    private Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve(SearchIndexer.INDEX_DIR))) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
