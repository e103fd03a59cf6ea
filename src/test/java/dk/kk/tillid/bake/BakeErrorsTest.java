package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Each mistake JBake lets through must stop the bake with the file, the line and what to do. */
class BakeErrorsTest {
    @TempDir
    Path dir;
    FixtureProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new FixtureProject(dir);
    }

    @Test
    void aValidFixtureBakes() throws IOException {
        assertEquals(List.of(), project.bake());
        assertTrue(Files.isRegularFile(project.site().resolve("index.html")));
    }

    @Test
    void missingTypeIsNamedWithTheLineWhereItBelongs() throws IOException {
        project.write("content/side.adoc", "= Side\n:jbake-status: published\n:jbake-date: 2013-02-13\n\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/side.adoc", d.file());
        assertEquals(4, d.line());
        assertTrue(d.message().contains(":jbake-type: mangler"), d.toString());
        assertTrue(d.fix().contains("report") && d.fix().contains("keynote"), d.toString());
    }

    @Test
    void unknownTypeListsTheKnownOnes() throws IOException {
        project.write("content/side.adoc", "= Side\n:jbake-type: rapport\n:jbake-status: published\n:jbake-date: 2013-02-13\n\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals(2, d.line());
        assertTrue(d.message().contains("Ukendt indholdstype 'rapport'"), d.toString());
        assertTrue(d.fix().contains("report"), d.toString());
    }

    @Test
    void typeWithoutTemplateSaysWhichTemplateIsMissing() throws IOException {
        Files.delete(dir.resolve("templates/keynote.ftl"));
        project.write("content/k.adoc", "= K\n:jbake-type: keynote\n:jbake-status: published\n:jbake-date: 2013-02-13\n\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals(2, d.line());
        assertTrue(d.message().contains("ingen skabelon"), d.toString());
    }

    @Test
    void missingStatusIsAnError() throws IOException {
        project.write("content/side.adoc", "= Side\n:jbake-type: page\n:jbake-date: 2013-02-13\n\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertTrue(d.message().contains(":jbake-status: mangler"), d.toString());
    }

    @Test
    void impossibleDateIsAnErrorNotTheYearSix() throws IOException {
        project.write("content/side.adoc", "= Side\n:jbake-type: page\n:jbake-status: published\n:jbake-date: 2013-02-30\n\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals(4, d.line());
        assertTrue(d.message().contains("'2013-02-30' er ikke en gyldig dato"), d.toString());
        project.write("content/side.adoc", "= Side\n:jbake-type: page\n:jbake-status: published\n:jbake-date: 13-02-2013\n\nTekst.\n");
        assertEquals(4, FixtureProject.onlyError(project.bake()).line());
    }

    @Test
    void missingIncludeNamesFileAndLine() throws IOException {
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + "\nTekst.\n\ninclude::findes-ikke.adoc[]\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/side.adoc", d.file());
        assertEquals(8, d.line());
        assertTrue(d.message().contains("include file not found"), d.toString());
    }

    @Test
    void unterminatedBlockNamesFileAndLine() throws IOException {
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + "\nTekst.\n\n----\nkode\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/side.adoc", d.file());
        assertEquals(8, d.line());
        assertTrue(d.message().contains("unterminated listing block"), d.toString());
    }

    @Test
    void missingAttributeReferenceIsAnError() throws IOException {
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + "\nHej {user_home}.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals(6, d.line());
        assertTrue(d.message().contains("user_home"), d.toString());
    }

    @Test
    void includeCannotReachOutsideTheContentFolder() throws IOException {
        Files.writeString(dir.resolve("hemmelig.txt"), "HEMMELIGT-INDHOLD");
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER
                + "\ninclude::../hemmelig.txt[]\n\ninclude::/etc/hostname[]\n");
        List<Diagnostic> problems = project.bake();
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(d -> d.file().equals("content/side.adoc")), problems.toString());
        assertTrue(problems.stream().anyMatch(d -> d.line() == 6), problems.toString());
        assertTrue(problems.stream().anyMatch(d -> d.fix().contains("under content/")), problems.toString());
        assertFalse(Files.exists(project.site().resolve("side.html")));
    }

    @Test
    void fileNameWithDanishLettersGetsTheNameToUse() throws IOException {
        project.write("content/Møde Referat.adoc", "= Møde\n" + FixtureProject.VALID_HEADER + "\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/Møde Referat.adoc", d.file());
        assertTrue(d.fix().contains("'moede-referat.adoc'"), d.toString());
    }

    @Test
    void aSourceThatWouldOverwriteAGeneratedPageIsAnError() throws IOException {
        project.write("content/404.adoc", "= Væk\n" + FixtureProject.VALID_HEADER + "\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/404.adoc", d.file());
        assertTrue(d.message().contains("404.html"), d.toString());
    }

    @Test
    void otherMarkupBesideAsciidocIsAnError() throws IOException {
        project.write("content/side.md", "# Side\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertTrue(d.fix().contains("side.adoc"), d.toString());
    }

    @Test
    void fileThatIsNotUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
        String text = "= Side\n" + FixtureProject.VALID_HEADER + "\nFørste linje er fin.\nMen her står æøå.\n";
        byte[] utf8 = text.getBytes(Charset.forName("UTF-8"));
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        byte[] mixed = new byte[0];
        // Only the last line is in windows-1252, as when an editor pastes from an old document.
        int cut = text.indexOf("Men");
        mixed = concat(java.util.Arrays.copyOf(utf8, text.substring(0, cut).getBytes(Charset.forName("UTF-8")).length),
                "Men her står æøå.\n".getBytes(Charset.forName("windows-1252")));
        project.write("content/side.adoc", mixed);
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals(7, d.line());
        assertTrue(d.message().contains("UTF-8"), d.toString());
        project.write("content/side.adoc", cp1252);
        assertEquals(6, FixtureProject.onlyError(project.bake()).line());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreFine() throws IOException {
        String text = "\uFEFF= Side\r\n:jbake-type: page\r\n:jbake-status: published\r\n:jbake-date: 2013-02-13\r\n\r\nTekst.\r\n";
        project.write("content/side.adoc", text);
        assertEquals(List.of(), project.bake());
        assertTrue(Files.readString(project.site().resolve("side.html")).contains("<h1>Side</h1>"));
    }

    @Test
    void aMissingSearchPageIsNamed() throws IOException {
        Files.delete(dir.resolve("content/search.adoc"));
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/search.adoc", d.file());
        assertTrue(d.message().contains("Søgesiden mangler"), d.toString());
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        project.write("content/tom.adoc", "");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertTrue(d.message().contains("tom"), d.toString());
    }

    @Test
    void templateErrorNamesTemplateAndLine() throws IOException {
        Path template = dir.resolve("templates/page.ftl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(template));
        lines.add(5, "${content.findes_ikke.heller_ikke}");
        Files.write(template, lines);
        List<Diagnostic> problems = project.bake();
        assertFalse(problems.isEmpty());
        Diagnostic d = problems.get(0);
        assertEquals("templates/page.ftl", d.file(), problems.toString());
        assertEquals(6, d.line(), problems.toString());
    }

    @Test
    void draftsAreNeverPublished() throws IOException {
        project.write("content/kladde.adoc", "= Kladde\n:jbake-type: page\n:jbake-status: draft\n:jbake-date: 2013-02-13\n\nTekst.\n");
        assertEquals(List.of(), project.bake());
        try (var files = Files.walk(project.site())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("kladde")));
        }
    }

    @Test
    void unknownHeaderAttributeWarnsWithTheKnownOnes() throws IOException {
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + ":jbake-tag: tillid\n\nTekst.\n");
        BakeResult result;
        try {
            result = new SiteBaker(dir).bake(project.site());
        } catch (BakeFailedException e) {
            fail(e.diagnostics().toString());
            return;
        }
        Diagnostic d = result.warnings().stream().filter(w -> w.file().equals("content/side.adoc")).findFirst().orElseThrow();
        assertEquals(5, d.line());
        assertTrue(d.fix().contains(":jbake-tags:"), d.toString());
    }

    @Test
    void tagThatCannotBeAnAddressIsAnError() throws IOException {
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + ":jbake-tags: Tillid og ledelse\n\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals(5, d.line());
        assertTrue(d.fix().contains("tillid-og-ledelse"), d.toString());
    }


    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
