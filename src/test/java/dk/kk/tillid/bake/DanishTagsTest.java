package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tags in Danish words: the address is made like a file name, the label is shown as written. */
class DanishTagsTest {
    @TempDir
    Path dir;
    FixtureProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new FixtureProject(dir);
    }

    private static String page(String title, String tags) {
        return "= " + title + "\n:jbake-type: page\n:jbake-status: published\n:jbake-date: 2013-02-13\n:jbake-tags: "
                + tags + "\n\nTekst.\n";
    }

    @Test
    void danishWordsSpacesAndCapitalsMakeAnAddressAndKeepTheirLabel() throws IOException {
        project.write("content/side.adoc", page("Side", "Økonomi, sundhed og omsorg, Café Åbo, LUP 2"));
        assertEquals(List.of(), project.bake());
        String side = Files.readString(project.site().resolve("side.html"));
        assertTrue(side.contains("href=\"emner/oekonomi.html\">Økonomi</a>"), side);
        assertTrue(side.contains("href=\"emner/sundhed-og-omsorg.html\">sundhed og omsorg</a>"), side);
        assertTrue(side.contains("href=\"emner/cafe-aabo.html\">Café Åbo</a>"), side);
        assertTrue(side.contains("href=\"emner/lup-2.html\">LUP 2</a>"), side);

        String tagPage = Files.readString(project.site().resolve("emner/oekonomi.html"));
        assertTrue(tagPage.contains("Emne: Økonomi"), tagPage);
        assertTrue(tagPage.contains("side.html"), tagPage);
        String all = Files.readString(project.site().resolve("emner/index.html"));
        assertTrue(all.contains(">sundhed og omsorg</a>"), all);
    }

    @Test
    void theListOfAllTagsIsInDanishOrderOfWhatReadersSee() throws IOException {
        // By address this would be aabenhed, aeroe, arbejde, borgere, oekonomi, zebra.
        project.write("content/a.adoc", page("A", "økonomi, Zebra, Ærø"));
        project.write("content/b.adoc", page("B", "Åbenhed, arbejde, Borgere"));
        assertEquals(List.of(), project.bake());
        org.jsoup.nodes.Document all = org.jsoup.Jsoup.parse(project.site().resolve("emner/index.html").toFile(), "UTF-8");
        assertEquals(List.of("arbejde", "Borgere", "Zebra", "Ærø", "økonomi", "Åbenhed"),
                all.select("main li a").eachText());
    }

    @Test
    void theAddressIsTheOneFileNamesGet() {
        assertEquals(FileNames.suggest("Sundhed og Omsorg.adoc"), FileNames.address("Sundhed og Omsorg") + ".adoc");
        assertEquals("oekonomi-paa-aeroe", FileNames.address("Økonomi på Ærø"));
    }

    @Test
    void twoTagsGivingOneAddressAreAnErrorNamingBoth() throws IOException {
        project.write("content/a.adoc", page("A", "Økonomi"));
        project.write("content/b.adoc", page("B", "tillid, økonomi"));
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/b.adoc", d.file());
        assertEquals(5, d.line());
        assertTrue(d.message().contains("'økonomi'") && d.message().contains("'Økonomi'")
                && d.message().contains("content/a.adoc:5") && d.message().contains("emner/oekonomi.html"), d.toString());
    }

    @Test
    void twoSpellingsOnOnePageAreAnErrorToo() throws IOException {
        project.write("content/a.adoc", page("A", "LUP 2, lup-2"));
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/a.adoc", d.file());
        assertTrue(d.message().contains("'LUP 2'") && d.message().contains("'lup-2'"), d.toString());
    }
}
