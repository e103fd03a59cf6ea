package dk.kk.tillid.project;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.scaffold.NewPage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding a content type takes its entry in jbake.properties and one template, and nothing else. */
class ContentTypeRegistryTest {

    @TempDir
    Path project;

    @Test
    void aNewTypeIsScaffoldedBakedIndexedAndLabelled() throws IOException, SitePipeline.StageFailedException {
        TestProjects.small(project);
        Files.writeString(project.resolve("jbake.properties"), """

                template.nyhed.file=nyhed.ftl
                type.nyhed.label=Nyhed
                type.nyhed.folder=nyheder
                type.nyhed.attributes=kilde
                """, StandardOpenOption.APPEND);
        Files.writeString(project.resolve("templates/nyhed.ftl"),
                Files.readString(project.resolve("templates/programme.ftl")).replace("<h1>", "<p class=\"kilde\">${content.kilde}</p><h1>"));
        Project site = Project.at(project);
        ContentType nyhed = site.contentTypes().named("nyhed").orElseThrow();
        assertTrue(site.contentTypes().knownAttributes().contains("kilde"));

        Path file = new NewPage(site).create(nyhed, "Ny direktør", LocalDate.of(2013, 3, 1));
        assertEquals(project.resolve("content/nyheder/ny-direktoer.adoc"), file);
        String text = Files.readString(file);
        assertTrue(text.contains(":jbake-type: nyhed\n") && text.contains(":jbake-kilde: " + NewPage.TO_FILL + "\n"), text);
        // As an editor finishes a page: the placeholder filled in, the draft published.
        Files.writeString(file, text.replace(":jbake-kilde: " + NewPage.TO_FILL, ":jbake-kilde: Tværgående HR")
                .replace(":jbake-status: draft", ":jbake-status: published")
                .replace(NewPage.TO_FILL, "Tekst"));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SitePipeline.Outcome outcome = new SitePipeline(project, new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(project.resolve("target/site"));

        assertEquals(List.of(), outcome.baked().warnings(), "the type's attribute is known: " + log);
        Document page = Jsoup.parse(project.resolve("target/site/nyheder/ny-direktoer.html").toFile());
        assertEquals("Nyhed", page.selectFirst("main .page-type").text());
        assertEquals("Tværgående HR", page.selectFirst("main .kilde").text());
        assertEquals("nyhed", page.body().attr("data-content-type"));
        String meta = Files.readString(project.resolve("target/site/search/meta.js"));
        assertTrue(meta.contains("\"nyhed\":\"Nyhed\""), meta);
        assertTrue(meta.matches("(?s).*\"types\":\\[[^]]*\"nyhed\".*"), "the page is indexed as a nyhed: " + meta);
        assertFalse(outcome.check().hasErrors());
    }
}
