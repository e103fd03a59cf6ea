package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The next build renders only what changed: a text edit of one page renders that page alone, a title change
 * renders every page (every page's navigation shows it), and a damaged record or a site changed since the last
 * build renders every page. After each, the site equals a bake without the cache, byte for byte.
 */
class PartialRenderIT {
    private static final String PAGE = "content/opslag/a.adoc";

    @TempDir
    Path dir;
    private Path project;
    private Path site;
    private int pages;

    @BeforeEach
    void firstBuild() throws Exception {
        project = TestProjects.small(dir.resolve("project"));
        TestProjects.write(project, PAGE, TestProjects.page("Side A", "Tekst om tillid."));
        TestProjects.write(project, "content/opslag/b.adoc", TestProjects.page("Side B", "Mere om ledelse."));
        TestProjects.write(project, "content/opslag/c.adoc", TestProjects.page("Side C", "Og om dialog."));
        site = project.resolve("target/site");
        BakeResult first = NextBuild.into(project, site);
        pages = first.pageSources().size();
        assertEquals(pages, first.pagesRendered(), "the first build renders every page");
    }

    @Test
    void aTextEditRendersThatPageAndNothingElse() throws Exception {
        append(PAGE, "\nEt nyt afsnit.\n");
        BakeResult next = NextBuild.into(project, site);
        assertEquals(1, next.pagesRendered(), "pages rendered");
        assertEquals(1, next.pagesConverted(), "pages converted");
        assertSameAsClean();
        assertTrue(Files.readString(site.resolve("opslag/a.html")).contains("Et nyt afsnit."));

        BakeResult unchanged = NextBuild.into(project, site);
        assertEquals(0, unchanged.pagesRendered(), "nothing changed, nothing rendered");
        assertEquals(0, unchanged.pagesConverted());
        assertSameAsClean();
    }

    @Test
    void aTitleChangeRendersEveryPage() throws Exception {
        replace(PAGE, "= Side A", "= Side A med ny titel");
        BakeResult next = NextBuild.into(project, site);
        assertEquals(pages, next.pagesRendered(), "pages rendered");
        assertEquals(1, next.pagesConverted(), "only the edited page is converted");
        assertSameAsClean();
    }

    @Test
    void aDamagedRecordIsIgnored() throws Exception {
        Path record = project.resolve("target/build-cache/" + KeptBuild.FILE);
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 1;
        Files.write(record, bytes);
        append(PAGE, "\nEt nyt afsnit.\n");
        assertEquals(pages, NextBuild.into(project, site).pagesRendered(), "a damaged record: every page rendered");
        assertSameAsClean();

        Files.write(record, Arrays.copyOf(Files.readAllBytes(record), 100));
        append(PAGE, "\nEndnu et afsnit.\n");
        assertEquals(pages, NextBuild.into(project, site).pagesRendered(), "a cut-short record: every page rendered");
        assertSameAsClean();
    }

    @Test
    void aSiteChangedSinceTheLastBuildIsNotBuiltOn() throws Exception {
        Path baked = site.resolve("opslag/b.html");
        Files.writeString(baked, "ændret i hånden");
        append(PAGE, "\nEt nyt afsnit.\n");
        assertEquals(pages, NextBuild.into(project, site).pagesRendered(), "every page rendered");
        assertSameAsClean();

        Files.delete(site.resolve("opslag/c.html"));
        assertEquals(pages, NextBuild.into(project, site).pagesRendered(), "a page missing: every page rendered");
        assertSameAsClean();
    }

    private void assertSameAsClean() throws Exception {
        Path clean = Files.createTempDirectory(dir, "clean");
        new SiteBaker(project, false).bake(clean);
        var want = TestProjects.files(clean);
        var got = TestProjects.files(site);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        List<String> different = want.keySet().stream().filter(f -> !Arrays.equals(want.get(f), got.get(f))).toList();
        assertEquals(List.of(), different, "the same bytes");
    }

    private void append(String path, String text) throws IOException {
        Files.writeString(project.resolve(path), Files.readString(project.resolve(path)) + text);
    }

    private void replace(String path, String from, String to) throws IOException {
        String text = Files.readString(project.resolve(path));
        assertTrue(text.contains(from));
        Files.writeString(project.resolve(path), text.replace(from, to));
    }
}
