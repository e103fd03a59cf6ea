package dk.kk.tillid.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page in a folder the templates do not know yet gets a section in the menu and in its breadcrumb, titled by
 * the folder's index.adoc, or else by the folder's name made readable.
 */
class NewFolderSectionTest {
    @TempDir
    Path dir;

    private static String page(String title) {
        return "= " + title + "\n" + FixtureProject.VALID_HEADER + "\nTekst.\n";
    }

    @Test
    void aNewFolderGetsItsSectionTitledByItsIndexOrItsName() throws IOException {
        FixtureProject project = new FixtureProject(dir)
                .write("content/nyheder/index.adoc", page("Nyt fra uddannelserne"))
                .write("content/nyheder/foerste-nyhed.adoc", page("Første nyhed"))
                .write("content/gode-raad/om-moeder.adoc", page("Om møder"))
                .write("content/opslag/side.adoc", page("Et opslag"));
        assertEquals(List.of(), project.bake());

        Document news = Jsoup.parse(project.site().resolve("nyheder/foerste-nyhed.html").toFile(), "UTF-8");
        assertEquals(List.of("Forside", "Nyt fra uddannelserne", "Første nyhed"), news.select("nav.breadcrumbs li").eachText());
        assertEquals("../nyheder/index.html", news.select("nav.breadcrumbs li a").get(1).attr("href"), "the section's own page");
        assertEquals(List.of("Opslag", "Gode raad", "Nyt fra uddannelserne"),
                news.select("nav.side-nav .side-nav__heading").eachText(), "the named sections first, then the new ones by title");
        assertEquals(List.of("Første nyhed"),
                news.select("nav.side-nav .side-nav__section--current li a").eachText(), "its pages under it");

        Document advice = Jsoup.parse(project.site().resolve("gode-raad/om-moeder.html").toFile(), "UTF-8");
        assertEquals(List.of("Forside", "Gode raad", "Om møder"), advice.select("nav.breadcrumbs li").eachText());
        assertEquals("../gode-raad/om-moeder.html",
                news.select("nav.side-nav a.side-nav__heading:contains(Gode raad)").attr("href"), "the heading leads to its only page");
    }
}
