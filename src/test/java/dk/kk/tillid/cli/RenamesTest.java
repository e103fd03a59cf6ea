package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.check.LinkChecker;
import dk.kk.tillid.project.PublicAddress;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page renamed in git keeps its old address as a page that sends readers on, as git's rename detection sees the
 * history (git mv, a rename with edits, a chain, a rename back), and so do the old addresses a header names.
 * One `build` of a project with a real repository.
 */
class RenamesTest {
    @TempDir
    static Path project;

    /** Enough lines that an edit of one still leaves the file similar enough for git to call it a rename. */
    private static final String TEXT = """
            Første afsnit om tillid i ledelse.

            Andet afsnit om lederuddannelser i kommunen.

            Tredje afsnit om dialog mellem ledere og medarbejdere.

            Fjerde afsnit om opfølgning.
            """;

    @BeforeAll
    static void renameAndBuild() throws IOException, InterruptedException {
        TestProjects.small(project);
        TestProjects.write(project, "content/om/a.adoc", TestProjects.page("Side A", TEXT));
        TestProjects.write(project, "content/om/x.adoc", TestProjects.page("Side X", TEXT.replace("tillid", "tal")));
        TestProjects.write(project, "content/om/d.adoc", "= Side D\n" + TestProjects.VALID_HEADER
                + ":jbake-gamle-adresser: gammel/side.html, /anden.html, gammel-mappe/\n\n" + TEXT.replace("tillid", "dialog"));
        GitRepo git = GitRepo.init(project).commitAll("Første udgave");
        git.git("mv", "content/om/a.adoc", "content/om/b.adoc");
        git.git("mv", "content/om/x.adoc", "content/om/y.adoc");
        git.commitAll("Omdøbt med git mv");
        // Moved without git mv, and edited in the same commit: git still sees the rename.
        Files.createDirectories(project.resolve("content/programmer"));
        Files.writeString(project.resolve("content/programmer/c.adoc"),
                Files.readString(project.resolve("content/om/b.adoc")).replace("Fjerde afsnit", "Sidste afsnit"));
        Files.delete(project.resolve("content/om/b.adoc"));
        git.git("mv", "content/om/y.adoc", "content/om/x.adoc");
        git.commitAll("Flyttet og rettet; x tilbage til sit gamle navn");

        assertEquals(0, Main.run("build", "-C", project.toString()));
    }

    private static Path site(String page) {
        return project.resolve("target/site").resolve(page);
    }

    private static void assertRedirect(String from, String href, String title) throws IOException {
        Path file = site(from);
        assertTrue(Files.isRegularFile(file), from + " is still there");
        Document page = Jsoup.parse(file.toFile());
        assertEquals("0; url=" + href, page.selectFirst("meta[http-equiv=refresh]").attr("content"), from);
        assertEquals("https://intranet.example/tillid/" + href.replace("../", ""),
                page.selectFirst("link[rel=canonical]").attr("href"), from);
        assertEquals("da", page.selectFirst("html").attr("lang"));
        assertEquals("Siden er flyttet til " + title + ".", page.selectFirst("main p").text());
        assertEquals(href, page.selectFirst("main p a").attr("href"));
        assertTrue(page.body().hasAttr("data-noindex"), "kept out of the search index");
    }

    @Test
    void gitMvKeepsTheOldAddress() throws IOException {
        assertRedirect("om/a.html", "../programmer/c.html", "Side A");
    }

    @Test
    void aRenameWithEditsAndAChainLeadToTheNewestAddress() throws IOException {
        assertRedirect("om/b.html", "../programmer/c.html", "Side A");
        assertTrue(Files.readString(site("programmer/c.html")).contains("Sidste afsnit"));
    }

    @Test
    void aRenameBackMakesTheNameLiveAgainAndRedirectsTheOtherOne() throws IOException {
        assertRedirect("om/y.html", "../om/x.html", "Side X");
        assertNull(Jsoup.parse(site("om/x.html").toFile()).selectFirst("meta[http-equiv=refresh]"), "x.html is the page itself");
    }

    @Test
    void theHeaderNamesOldAddressesGitCannotSee() throws IOException {
        assertRedirect("gammel/side.html", "../om/d.html", "Side D");
        assertRedirect("anden.html", "om/d.html", "Side D");
        assertRedirect("gammel-mappe/index.html", "../om/d.html", "Side D");
    }

    @Test
    void oldAddressesAreInNoMenuSitemapOrSearchIndex() throws IOException {
        List<String> old = List.of("om/a.html", "om/b.html", "om/y.html", "gammel/side.html", "anden.html", "gammel-mappe/index.html");
        String sitemap = Files.readString(site("sitemap.xml"));
        for (String page : old) {
            assertFalse(sitemap.contains("/" + page), page + " in the sitemap");
        }
        Document live = Jsoup.parse(site("om/d.html").toFile());
        assertTrue(live.select(".side-nav a").eachAttr("href").stream().noneMatch(href -> old.stream().anyMatch(href::endsWith)),
                "no old address in the menu");
        try (Stream<Path> index = Files.walk(site("search"))) {
            for (Path file : index.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("flyttet"), file + " holds a redirect page's text");
            }
        }
    }

    @Test
    void theLinkCheckAcceptsTheRedirects() throws IOException {
        var report = new LinkChecker(site("")).withServedPath(PublicAddress.path(project)).run();
        assertEquals(List.of(), report.findings(), "no finding on the redirect pages");
    }
}
