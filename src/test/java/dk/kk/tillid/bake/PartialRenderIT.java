package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.cache.OtherToolRecord;
import dk.kk.tillid.cache.ToolFingerprint;
import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.publish.SiteDirectories;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertFalse(NextBuild.crawled, "the other pages are the last build's, not crawled again");
        assertEquals(List.of("changed pages only"), NextBuild.told, "the check may read its cache ahead, and keep it");
        assertSameAsClean();
        assertTrue(Files.readString(site.resolve("opslag/a.html")).contains("Et nyt afsnit."));

        BakeResult unchanged = NextBuild.into(project, site);
        assertEquals(0, unchanged.pagesRendered(), "nothing changed, nothing rendered");
        assertEquals(0, unchanged.pagesConverted());
        assertFalse(NextBuild.crawled);
        assertSameAsClean();
    }

    @Test
    void anIncludedFileChangedRendersThePagesThatIncludeIt() throws Exception {
        TestProjects.write(project, "content/opslag/d.adoc", TestProjects.page("Side D",
                "Fra C:\n\ninclude::opslag/c.adoc[tag=kerne]\n"));
        replace("content/opslag/c.adoc", "Og om dialog.", "// tag::kerne[]\nOg om dialog.\n// end::kerne[]");
        NextBuild.into(project, site);
        assertSameAsClean();

        replace("content/opslag/c.adoc", "Og om dialog.", "Og om dialog og tillid.");
        BakeResult next = NextBuild.into(project, site);
        assertEquals(2, next.pagesRendered(), "c and the page that includes it");
        assertFalse(NextBuild.crawled);
        assertSameAsClean();
        assertTrue(Files.readString(site.resolve("opslag/d.html")).contains("dialog og tillid"));
    }

    @Test
    void aChangedHeaderIsNeverTakenFromTheLastBuild() throws Exception {
        for (String[] edit : new String[][]{{"= Side A", "= Side A, ny titel"},
                {":jbake-status: published", ":jbake-status: published\n:jbake-tags: tillid"},
                {":jbake-status: published", ":jbake-status: published\n:jbake-order: 1"},
                {":jbake-status: published", ":jbake-status: draft"}}) {
            replace(PAGE, edit[0], edit[1]);
            BakeResult next = NextBuild.into(project, site);
            assertTrue(NextBuild.crawled, edit[1] + ": every page rendered the usual way");
            assertSameAsClean();
            assertEquals(1, next.pagesConverted(), edit[1]);
        }
    }

    @Test
    void aTitleChangeRendersEveryPage() throws Exception {
        replace(PAGE, "= Side A", "= Side A med ny titel");
        BakeResult next = NextBuild.into(project, site);
        assertEquals(pages, next.pagesRendered(), "pages rendered");
        assertEquals(1, next.pagesConverted(), "only the edited page is converted");
        assertEquals(List.of("changed pages only", "more after all"), NextBuild.told,
                "what the check read ahead is let go while every page is rendered");
        assertSameAsClean();
    }

    @Test
    void aDamagedRecordIsIgnored() throws Exception {
        Path record = project.resolve("target/build-cache/" + KeptBuild.FILE);
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 1;
        Files.write(record, bytes);
        append(PAGE, "\nEt nyt afsnit.\n");
        List<String> said = new ArrayList<>();
        assertEquals(pages, NextBuild.into(project, site, said::add).pagesRendered(), "a damaged record: every page rendered");
        assertEquals(List.of(), said, "a damaged record is not another tool's");
        assertSameAsClean();

        Files.write(record, Arrays.copyOf(Files.readAllBytes(record), 100));
        append(PAGE, "\nEndnu et afsnit.\n");
        assertEquals(pages, NextBuild.into(project, site).pagesRendered(), "a cut-short record: every page rendered");
        assertSameAsClean();
    }

    @Test
    void aRecordOfAnotherToolIsIgnoredAndTheBuildSaysWhy() throws Exception {
        Path record = project.resolve("target/build-cache/" + KeptBuild.FILE);
        String tool = ToolFingerprint.current();
        String other = (tool.charAt(0) == '0' ? "1" : "0") + tool.substring(1);
        // Whole and with a valid checksum, so that only the tool's fingerprint can make the build set it aside.
        OtherToolRecord.rewrite(record, other);
        assertTrue(new String(Files.readAllBytes(record), StandardCharsets.ISO_8859_1).contains(other),
                "the record names the other tool");
        append(PAGE, "\nEt nyt afsnit.\n");
        List<String> said = new ArrayList<>();
        assertEquals(pages, NextBuild.into(project, site, said::add).pagesRendered(), "another tool's record: every page rendered");
        assertEquals(List.of(SiteBaker.TOOL_CHANGED), said);
        assertTrue(said.get(0).contains("værktøjet er ændret") && said.get(0).contains("alle sider konverteres forfra"));
        assertSameAsClean();

        said.clear();
        append(PAGE, "\nEndnu et afsnit.\n");
        assertEquals(1, NextBuild.into(project, site, said::add).pagesRendered(), "this tool's record again");
        assertEquals(List.of(), said);
    }

    @Test
    void aPreviewStartingFromAnotherToolsRecordSaysWhyItBakesEveryPage() throws Exception {
        OtherToolRecord.rewrite(project.resolve("target/build-cache/" + KeptBuild.FILE),
                "0".equals(ToolFingerprint.current().substring(0, 1)) ? "1" + ToolFingerprint.current().substring(1)
                        : "0" + ToolFingerprint.current().substring(1));
        List<String> said = new ArrayList<>();
        try (BakeSession session = new BakeSession(project).startingFrom(site).withNotices(said::add)) {
            BakeResult first = session.bake(dir.resolve("preview"), dir.resolve("served"));
            assertEquals(pages, first.pagesRendered(), "another tool's record: the preview's first bake renders every page");
        }
        assertEquals(List.of(SiteBaker.TOOL_CHANGED), said, "said once, as build says it");
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

    @Test
    void theNextBuildChecksTheLinksACleanBuildChecks() throws Exception {
        String header = ":jbake-status: published\n:jbake-date: 2013-02-13\n";
        TestProjects.write(project, "content/rapport/r.adoc", "= Rapport R\n:jbake-type: report\n" + header
                + ":jbake-sagsnr: 1\n:jbake-dokumentnr: 2\n:jbake-sagsbehandler: A\n:jbake-afsender: B\n"
                + ":jbake-adresse: C\n:jbake-mobil: 3\n:jbake-email: a@b.dk\n:jbake-ean: 4\n\nRapportens tekst.\n");
        TestProjects.write(project, "content/bilag/bilag-1.adoc", "= Bilag 1\n:jbake-type: annex\n" + header + "\nBilagets tekst.\n");
        build(true, site);
        assertTrue(Files.readString(site.resolve("rapport/r.html")).contains("type=\"application/pdf\""),
                "the last site's report links its PDF");

        append(PAGE, "\nEt nyt afsnit.\n");
        SitePipeline.Outcome next = build(true, site);
        assertEquals(1, next.baked().pagesRendered(), "the report and its annex are taken from the last site");
        SitePipeline.Outcome clean = build(false, dir.resolve("clean-site"));
        assertEquals(clean.check().referencesChecked(), next.check().referencesChecked(), "links checked");
        assertEquals(clean.check().pagesChecked(), next.check().pagesChecked(), "pages checked");
        assertEquals(clean.check().findings(), next.check().findings(), "findings");
        assertTrue(next.summary().contains(" " + clean.check().referencesChecked() + " links tjekket"), next.summary());
    }

    /** As {@code build} runs the pipeline, with or without the cache ({@code --no-cache}). */
    private SitePipeline.Outcome build(boolean cached, Path into) throws Exception {
        SiteBaker baker = new SiteBaker(project, cached);
        Path staged = SiteDirectories.stagingFor(into);
        try {
            SitePipeline.Outcome outcome = new SitePipeline(project, new PrintStream(OutputStream.nullOutputStream()),
                    siteDir -> baker.bake(siteDir, into), cached).withIndexCache(cached).withPdfCache(cached).run(staged);
            SiteDirectories.replace(staged, into);
            baker.keep(into);
            return outcome;
        } finally {
            SiteDirectories.deleteTree(staged);
        }
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
