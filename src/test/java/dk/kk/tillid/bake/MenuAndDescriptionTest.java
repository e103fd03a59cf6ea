package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.problem.Diagnostic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code :jbake-menu: skjul} takes a page out of the menu but not off the site; a page's description is its meta description. */
class MenuAndDescriptionTest {

    @TempDir
    Path project;

    @Test
    void aHiddenPageIsBakedAndLinkedButNotInTheMenu() throws IOException, SitePipeline.StageFailedException {
        TestProjects.small(project);
        TestProjects.write(project, "content/om/a.adoc", "= Første side\n:jbake-order: 1\n" + TestProjects.VALID_HEADER
                + ":description: Asciidoctors egen beskrivelse.\n:jbake-description: Første sides beskrivelse.\n\n"
                + "Se xref:b.adoc[den skjulte side].\n");
        TestProjects.write(project, "content/om/b.adoc", "= Skjult side\n:jbake-order: 2\n" + TestProjects.VALID_HEADER
                + ":jbake-menu: skjul\n:description: Om den skjulte side.\n\nTekst.\n");
        TestProjects.write(project, "content/om/c.adoc", "= Tredje side\n:jbake-order: 3\n" + TestProjects.VALID_HEADER
                + "\nTekst.\n");

        TestProjects.write(project, "content/om/d.adoc", "= Fjerde side\n:jbake-order: 4\n" + TestProjects.VALID_HEADER
                + ":jbake-menu: skjult\n\nTekst.\n");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SitePipeline.Outcome outcome = new SitePipeline(project, new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(project.resolve("target/site"));

        // Only the mistyped value is warned about: menu and description are known attributes.
        assertEquals(1, outcome.baked().warnings().size(), log.toString());
        Diagnostic warning = outcome.baked().warnings().get(0);
        assertEquals("content/om/d.adoc", warning.file());
        assertEquals(6, warning.line(), "the line of :jbake-menu:");
        assertTrue(warning.message().contains("'skjult'") && warning.fix().contains(":jbake-menu: skjul"), warning.toString());
        assertFalse(outcome.check().hasErrors(), "the link to the hidden page resolves: " + log);
        Document first = Jsoup.parse(project.resolve("target/site/om/a.html").toFile());
        List<String> menu = first.select(".side-nav a").eachAttr("href");
        assertTrue(menu.contains("../om/c.html"), menu.toString());
        assertFalse(menu.stream().anyMatch(href -> href.endsWith("b.html")), "hidden from the menu: " + menu);
        assertEquals("../om/c.html", first.selectFirst(".pager__next").attr("href"), "Næste skips the hidden page");
        assertEquals("b.html", first.selectFirst("main a[href$=b.html]").attr("href"), "the hidden page is linked");
        assertEquals("Første sides beskrivelse.", description(first), ":jbake-description: wins over :description:");

        Document hidden = Jsoup.parse(project.resolve("target/site/om/b.html").toFile());
        assertEquals("Skjult side", hidden.selectFirst("main h1").text());
        assertNull(hidden.selectFirst(".pager"), "a hidden page has no Forrige/Næste of its own");
        assertEquals("Om den skjulte side.", description(hidden));

        Document third = Jsoup.parse(project.resolve("target/site/om/c.html").toFile());
        assertEquals("../om/a.html", third.selectFirst(".pager__previous").attr("href"), "Forrige skips the hidden page");
        assertNotEquals("", description(third), "without its own, a page has the site's description");
        assertNotEquals(description(first), description(third));
    }

    private static String description(Document page) {
        return page.selectFirst("meta[name=description]").attr("content");
    }
}
