package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.cache.ConversionCache;
import dk.kk.tillid.problem.Diagnostic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build cache between processes: reused when nothing changed, ignored when damaged, off when asked. */
class BuildCacheIT {
    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path root = TestProjects.small(dir.resolve("project"));
        TestProjects.write(root, "content/opslag/a.adoc", "= Side A\n" + TestProjects.VALID_HEADER
                + ":jbake-tags: tillid\n:jbake-farve: blå\n\nTekst om tillid. Se <<b.adoc#,side B>>.\n");
        TestProjects.write(root, "content/opslag/b.adoc", TestProjects.page("Side B", "include::opslag/c.adoc[tag=del]"));
        TestProjects.write(root, "content/opslag/c.adoc", TestProjects.page("Side C",
                "// tag::del[]\nEt afsnit, som side B viser.\n// end::del[]\n"));
        return root;
    }

    private static BakeResult bake(Path project, Path out, boolean cached) throws Exception {
        return new SiteBaker(project, cached).bake(out);
    }

    private static List<Path> entries(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve(ConversionCache.FOLDER).resolve("conversions"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondProcessConvertsNothingAndNeverStartsJRuby() throws Exception {
        Path project = project();
        String first = CachedBakeProbe.run(project, dir.resolve("first"));
        assertEquals("converted=5 jruby=true", first, "the first build converts every page");
        String second = CachedBakeProbe.run(project, dir.resolve("second"));
        assertEquals("converted=0 jruby=false", second, "every page from the cache, and JRuby never started");
        assertSameSite(dir.resolve("first"), dir.resolve("second"));
    }

    @Test
    void aCachedPageTellsItsWarningsAgain() throws Exception {
        Path project = project();
        BakeResult converted = bake(project, dir.resolve("one"), true);
        BakeResult cached = bake(project, dir.resolve("two"), true);
        assertEquals(0, cached.pagesConverted());
        List<Diagnostic> warnings = converted.warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("jbake-farve")), warnings.toString());
        assertEquals(warnings, cached.warnings());
        assertEquals(warnings, bake(project, dir.resolve("three"), false).warnings(), "the same as without the cache");
    }

    @Test
    void aChangedIncludeConvertsThePagesThatShowIt() throws Exception {
        Path project = project();
        bake(project, dir.resolve("one"), true);
        Path included = project.resolve("content/opslag/c.adoc");
        Files.writeString(included, Files.readString(included).replace("Et afsnit", "Et ændret afsnit"));
        BakeResult cached = bake(project, dir.resolve("two"), true);
        assertEquals(2, cached.pagesConverted(), "the included page and the page that includes it");
        assertTrue(Files.readString(dir.resolve("two/opslag/b.html")).contains("Et ændret afsnit"));
        bake(project, dir.resolve("clean"), false);
        assertSameSite(dir.resolve("clean"), dir.resolve("two"));
    }

    @Test
    void damagedEntriesAreConvertedAgainNeverUsed() throws Exception {
        Path project = project();
        bake(project, dir.resolve("one"), true);
        List<Path> entries = entries(project);
        assertEquals(5, entries.size());
        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 3));
        Files.writeString(entries.get(1), "garbage", StandardCharsets.UTF_8);
        byte[] foreign = Files.readAllBytes(entries.get(2));
        // Another format: the byte after the magic and before the checksum changes, so the checksum fails too.
        foreign["TILLID-BUILD-CACHE".length() + 3] ^= 1;
        Files.write(entries.get(2), foreign);
        Files.write(entries.get(3), new byte[0]);

        BakeResult again = bake(project, dir.resolve("two"), true);
        assertEquals(4, again.pagesConverted(), "each damaged entry converted again");
        bake(project, dir.resolve("clean"), false);
        assertSameSite(dir.resolve("clean"), dir.resolve("two"));
        assertEquals(0, bake(project, dir.resolve("three"), true).pagesConverted(), "and the entries are whole again");
    }

    @Test
    void thePreviewStartsFromWhatABuildKept() throws Exception {
        Path project = project();
        TestProjects.write(project, "content/opslag/kladde.adoc", TestProjects.page("Kladde", "Ikke færdig.")
                .replace(":jbake-status: published", ":jbake-status: draft"));
        assertEquals(6, bake(project, dir.resolve("built"), true).pagesConverted());
        try (BakeSession preview = new BakeSession(project)) {
            BakeResult first = preview.bake(dir.resolve("preview"), dir.resolve("nothing-served-yet"));
            assertEquals(0, first.pagesConverted(), "the preview's first bake converts nothing");
            assertTrue(first.draftPages().containsKey("opslag/kladde.html"), "and still shows the draft");
        }
        assertSameSite(dir.resolve("built"), dir.resolve("preview"));
    }

    @Test
    void withoutTheCacheNothingIsKept() throws Exception {
        Path project = project();
        BakeResult result = bake(project, dir.resolve("one"), false);
        assertEquals(5, result.pagesConverted());
        assertFalse(Files.exists(project.resolve(ConversionCache.FOLDER)));
    }

    static void assertSameSite(Path expected, Path actual) throws Exception {
        var want = TestProjects.files(expected);
        var got = TestProjects.files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        List<String> different = want.keySet().stream().filter(f -> !java.util.Arrays.equals(want.get(f), got.get(f))).toList();
        assertEquals(List.of(), different, "the same bytes");
    }
}
