package dk.kk.tillid.scaffold;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.project.ContentType;
import dk.kk.tillid.project.Project;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewPageTest {
    private static final LocalDate TODAY = LocalDate.of(2013, 2, 13);
    private static final Map<String, String> FOLDERS = Map.of(
            "report", "content/rapport/",
            "annex", "content/bilag/",
            "programme", "content/programmer/",
            "keynote", "content/keynotes/",
            "page", "content/opslag/");

    @TempDir
    Path dir;

    /** All five types in one project: two bakes in all, not two per type. */
    @Test
    void eachTypeGetsItsFolderHeaderAndSkeletonAsADraftThatBakesOnceFilledIn() throws IOException {
        Path project = TestProjects.small(dir);
        Map<Path, String> texts = new java.util.LinkedHashMap<>();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String name : List.of("report", "annex", "programme", "keynote", "page")) {
            ContentType type = type(project, name);
            Path file = new NewPage(Project.at(project)).create(type, "Årets møde på Ærø", TODAY);

            assertEquals(project.resolve(FOLDERS.get(name) + "aarets-moede-paa-aeroe.adoc"), file);
            String text = Files.readString(file);
            assertTrue(text.startsWith("= Årets møde på Ærø\n:jbake-type: " + type.name() + "\n:jbake-status: draft\n"
                    + ":jbake-date: 2013-02-13\n:jbake-order: 10\n:jbake-tags:\n"), text);
            for (String attribute : type.attributes()) {
                assertTrue(text.contains("\n:jbake-" + attribute + ": "), attribute + " in\n" + text);
            }
            texts.put(file, text);
            pages.put(name, project.relativize(file).toString().replace('\\', '/')
                    .replaceFirst("^content/", "").replaceFirst("\\.adoc$", ".html"));
        }

        assertEquals(List.of(), TestProjects.bake(project), "a new page is a draft, which build leaves out");
        pages.forEach((name, page) -> assertFalse(Files.exists(project.resolve("target/site").resolve(page)), name));

        for (Map.Entry<Path, String> text : texts.entrySet()) {
            Files.writeString(text.getKey(), text.getValue().replace(":jbake-status: draft", ":jbake-status: published")
                    .replace(NewPage.TO_FILL, "Skrevet"));
        }
        assertEquals(List.of(), TestProjects.bake(project), "filled in and published, each bakes without a problem");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Document html = Jsoup.parse(project.resolve("target/site").resolve(page.getValue()).toFile());
            assertEquals("Årets møde på Ærø", html.selectFirst("main h1").text(), page.getKey());
        }
    }

    @Test
    void aPublishedPageStillHoldingPlaceholdersIsAnErrorOnEachOfTheirLines() throws IOException {
        Path project = TestProjects.small(dir);
        Path file = new NewPage(Project.at(project)).create(type(project, "programme"), "LUP 4", TODAY);
        String text = Files.readString(file).replace(":jbake-status: draft", ":jbake-status: published");
        Files.writeString(file, text);
        List<Integer> placeholderLines = new java.util.ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(NewPage.TO_FILL)) {
                placeholderLines.add(i + 1);
            }
        }
        List<Diagnostic> problems = TestProjects.bake(project);
        assertFalse(placeholderLines.isEmpty());
        assertEquals(placeholderLines, problems.stream().map(Diagnostic::line).toList(), problems.toString());
        for (Diagnostic d : problems) {
            assertTrue(d.isError() && d.file().equals("content/programmer/lup-4.adoc"), d.toString());
            assertTrue(d.toString().contains("UDFYLD") && d.toString().contains("Ret: "), d.toString());
        }
    }

    @Test
    void aReportHasItsLetterheadWithTheContactFromTheSettings() throws IOException {
        Path project = TestProjects.small(dir);
        String text = Files.readString(new NewPage(Project.at(project)).create(type(project, "report"), "Status 2014", TODAY));
        assertTrue(text.contains("""
                :jbake-sagsnr: UDFYLD
                :jbake-dokumentnr: UDFYLD
                :jbake-sagsbehandler: UDFYLD
                :jbake-afsender: UDFYLD
                :jbake-adresse: Ottiliavej 1, 2500 Valby
                :jbake-mobil: 2812 2162
                :jbake-email: AK3V@ks.kk.dk
                :jbake-ean: UDFYLD
                """), text);
    }

    @Test
    void aKeynoteGetsATimetable() throws IOException {
        Path project = TestProjects.small(dir);
        Path file = new NewPage(Project.at(project)).create(type(project, "keynote"), "Keynotedag", TODAY);
        Files.writeString(file, Files.readString(file).replace(":jbake-status: draft", ":jbake-status: published")
                .replace(NewPage.TO_FILL, "10.00"));
        assertEquals(List.of(), TestProjects.bake(project));
        Document html = Jsoup.parse(project.resolve("target/site/keynotes/keynotedag.html").toFile());
        assertEquals(List.of("Tid", "Indhold"), html.select("main table thead th").eachText());
        assertNotNull(html.selectFirst("main dl.metadata"), "with time and place in the metadata");
        assertTrue(html.select("main dl.metadata").text().contains("Tid 10.00"), html.select("main dl.metadata").text());
    }

    @Test
    void aNewPageComesLastInItsSection() throws IOException {
        Path project = TestProjects.small(dir);
        TestProjects.write(project, "content/bilag/index.adoc", "= Bilag\n:jbake-order: 90\n");
        TestProjects.write(project, "content/bilag/a.adoc", "= A\n:jbake-order: 10\n");
        TestProjects.write(project, "content/bilag/b.adoc", "= B\n:jbake-order: 30\n");
        String text = Files.readString(new NewPage(Project.at(project)).create(type(project, "annex"), "Bilag 4", TODAY));
        assertTrue(text.contains("\n:jbake-order: 40\n"), text);
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path project = TestProjects.small(dir);
        Path first = new NewPage(Project.at(project)).create(type(project, "page"), "Ordbog", TODAY);
        Files.writeString(first, "Redaktørens tekst.");
        FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
                () -> new NewPage(Project.at(project)).create(type(project, "page"), "ordbog", TODAY));
        assertEquals(first.toString(), refused.getFile());
        assertEquals("Redaktørens tekst.", Files.readString(first));
    }

    @Test
    void fileNamesAreLowerCaseAsciiFromTheTitle() {
        assertEquals("bilag-1-baggrundsmateriale", NewPage.fileName("Bilag 1: Baggrundsmateriale"));
        assertEquals("faelles-keynotedag-24-januar-2013", NewPage.fileName("Fælles keynotedag 24. januar 2013"));
        assertEquals("kodeks-for-god-tillidsledelse-m-m", NewPage.fileName("Kodeks for god tillidsledelse m.m."));
        assertEquals("lup-2-3", NewPage.fileName("  LUP 2 & 3 "));
        assertThrows(IllegalArgumentException.class, () -> NewPage.fileName("– ? –"));
    }

    private static ContentType type(Path project, String name) {
        return Project.at(project).contentTypes().named(name).orElseThrow();
    }
}
