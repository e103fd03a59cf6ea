package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded series of edits of the kinds an editor makes (text, a new heading, a new title, a page added, removed or
 * renamed, a paragraph that another page comes to show or stops showing) and of harm done to the cache files (cut
 * short, a byte changed, another version's file): after every step the index made with the cache is the index made without it,
 * byte for byte. The cache compares shared paragraphs by hashes it keeps and leaves unchanged pages' text unread, so
 * each step checks that shortcut too.
 */
class IndexCacheEditsTest {
    private static final Pattern PARAGRAPH = Pattern.compile("<p>([^<]{60,})</p>");

    @TempDir
    Path site;
    @TempDir
    Path cache;

    private int step;

    @Test
    void aSeededSeriesOfEditsGivesTheIndexOfACleanBuildAfterEveryStep() throws IOException {
        for (long seed : new long[] {20130213L, 1955L}) {
            clear(site);
            clear(cache);
            FixtureSite.write(site);
            FixtureSite.writeSharedTextAndDescription(site);
            settleAll();
            Random random = new Random(seed);
            assertSame(indexFiles(false), indexFiles(true), seed + ": filling the cache");
            for (int i = 0; i < 20; i++) {
                String what = editOnce(random);
                Map<String, byte[]> clean = indexFiles(false);
                assertSame(clean, indexFiles(true), seed + ", step " + i + ": " + what);
                // And once more from what that build kept: nothing changed in between.
                assertSame(clean, indexFiles(true), seed + ", step " + i + " again: " + what);
            }
        }
    }

    @Test
    void aPageThatComesToShowAnothersParagraphLeavesItThereAndTheSourceSaysWhere() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        settleAll();
        indexFiles(true);
        Path page = site.resolve("bilag/bilag-3.html");
        Files.writeString(page, Files.readString(page).replace("</main>",
                "<div class=\"paragraph\"><p>" + FixtureSite.escape(FixtureSite.SHARED_PARAGRAPH) + "</p></div>\n</main>"));
        settle(page);
        SearchIndexer indexer = new SearchIndexer(site).withCache(cache);
        indexer.run();
        assertEquals(1, indexer.pagesParsed(), "only the edited page is read");
        Map<String, byte[]> cached = files();
        assertSame(indexFiles(false), cached, "a paragraph shown on one more page");
        assertTrue(cached.values().stream().map(f -> new String(f, StandardCharsets.US_ASCII))
                .anyMatch(f -> f.contains("\"bilag/bilag-3.html\"") && f.contains("fra-rapporten")),
                "the report's result names the new page that shows its text");
    }

    private String editOnce(Random random) throws IOException {
        List<Path> pages = pages();
        Path page = pages.get(random.nextInt(pages.size()));
        String html = Files.readString(page);
        int kind = random.nextInt(10);
        String what;
        switch (kind) {
            case 0 -> {
                html = html.replaceFirst("</p>", " Endnu en sætning nummer " + step + " om tillid.</p>");
                what = "text of " + page;
            }
            case 1 -> {
                html = html.replace("</main>", "<div class=\"sect1\"><h2 id=\"nyt-" + step + "\">Nyt afsnit " + step
                        + "</h2><div class=\"sectionbody\"><div class=\"paragraph\"><p>Ledelse og tillid i afsnit "
                        + step + ".</p></div></div></div>\n</main>");
                what = "a heading on " + page;
            }
            case 2 -> {
                html = html.replaceFirst("<h1>", "<h1>Ny " + step + " ");
                what = "a new title of " + page;
            }
            case 3 -> {
                // A long paragraph of another page: the two pages now share it, and one of them keeps it.
                Path other = pages.get(random.nextInt(pages.size()));
                Matcher m = PARAGRAPH.matcher(Files.readString(other));
                if (!m.find()) {
                    return "nothing (" + other + " has no long paragraph)";
                }
                html = html.replace("</main>", "<div class=\"paragraph\"><p>" + m.group(1) + "</p></div>\n</main>");
                what = "a paragraph of " + other + " shown on " + page;
            }
            case 4 -> {
                Matcher m = PARAGRAPH.matcher(html);
                if (!m.find()) {
                    return "nothing (" + page + " has no long paragraph)";
                }
                html = html.substring(0, m.start()) + "<p>Kort.</p>" + html.substring(m.end());
                what = "a long paragraph gone from " + page;
            }
            case 5 -> {
                Path added = site.resolve("sider/ny-" + step++ + ".html");
                FixtureSite.write(site, site.relativize(added).toString(), FixtureSite.html("../", "Ny side " + step,
                        random.nextBoolean() ? "page" : "annex", "<h1>Ny side " + step + "</h1><p>"
                                + FixtureSite.escape(FixtureSite.SHARED_PARAGRAPH) + "</p><h2 id=\"a\">A</h2><p>Tillid "
                                + step + ".</p>"));
                settle(added);
                return "a page added: " + added;
            }
            case 6 -> {
                if (pages.size() < 6) {
                    return "nothing (too few pages to remove one)";
                }
                Files.delete(page);
                return "removed " + page;
            }
            case 7 -> {
                return damageCache(random);
            }
            case 8 -> {
                // Elsewhere in site order, so that the sections of the pages between are numbered anew.
                Path renamed = site.resolve(random.nextBoolean() ? "bilag" : "sider").resolve("omdoebt-" + step++ + ".html");
                Files.move(page, renamed);
                return "renamed " + page + " to " + renamed;
            }
            default -> {
                return "nothing";
            }
        }
        step++;
        Files.writeString(page, html);
        // Mostly put in the past as an earlier build's pages are, so the page is known by its stamp; else read anew.
        if (random.nextInt(4) > 0) {
            settle(page);
        }
        return what;
    }

    private String damageCache(Random random) throws IOException {
        // The words of pages, or the postings of the last build.
        Path file = cache.resolve(random.nextInt(3) == 0 ? PostingStore.FILE : PageCache.FILE);
        if (!Files.exists(file)) {
            return "nothing (no cache yet)";
        }
        byte[] bytes = Files.readAllBytes(file);
        switch (random.nextInt(4)) {
            case 0 -> {
                Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
                return "the cache cut short";
            }
            case 1 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] ^= (byte) (1 << random.nextInt(8));
                Files.write(file, bytes);
                return "a byte of the cache changed at " + at;
            }
            case 2 -> {
                // The version of the tool is written just after the magic number.
                bytes[10] ^= 0x01;
                Files.write(file, bytes);
                return "another version's cache";
            }
            default -> {
                Files.writeString(file, "not a cache at all");
                return "a garbage cache";
            }
        }
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return new ArrayList<>(walk.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(site.resolve(SearchIndexer.INDEX_DIR)))
                    .filter(f -> !f.getFileName().toString().equals("search.html"))
                    .sorted().toList());
        }
    }

    private void settleAll() throws IOException {
        for (Path page : pages()) {
            Files.setLastModifiedTime(page, FileTime.fromMillis(1_700_000_000_000L));
        }
    }

    /** Each edited page a second later than the last, in the past, so that its stamp shows the edit. */
    private void settle(Path page) throws IOException {
        Files.setLastModifiedTime(page, FileTime.fromMillis(1_700_000_000_000L + 1000L * ++step));
    }

    private Map<String, byte[]> indexFiles(boolean withCache) throws IOException {
        new SearchIndexer(site).withCache(withCache ? cache : null).run();
        return files();
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

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), when);
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), when + ": " + name));
    }
}
