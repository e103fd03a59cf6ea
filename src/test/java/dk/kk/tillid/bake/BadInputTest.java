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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes and hostile input: one clear message with file and line, never a page that runs code. */
class BadInputTest {
    @TempDir
    Path dir;
    FixtureProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new FixtureProject(dir);
    }

    /** Each snippet on a page of its own, all in one bake: each page gets its own error. */
    @Test
    void rawHtmlThatCouldRunCodeIsAnError() throws IOException {
        List<String> snippets = List.of("++++\n<script>alert(1)</script>\n++++",
                "++++\n<p onclick=\"alert(1)\">Klik</p>\n++++",
                "Se pass:[<img src=x onerror=alert(1)>] her.",
                "Se +++<iframe src=\"https://example.invalid\"></iframe>+++ her.",
                "link:javascript:alert(1)[Klik her]",
                "++++\n<object data=\"x.swf\"></object>\n++++",
                "++++\n<embed src=\"x.swf\">\n++++",
                "++++\n<form action=\"https://example.invalid\"><input name=q></form>\n++++",
                "++++\n<style>body{display:none}</style>\n++++",
                "++++\n<a href=\" JaVaScRiPt:alert(1)\">x</a>\n++++",
                "++++\n<a href=\"&#1;javascript:alert(document.domain)\">x</a>\n++++",
                "Se pass:[<a href=\"java&#x09;script:alert(1)\">her</a>].",
                "image::data:image/svg+xml;base64,PHN2Zz4=[Billede]",
                "++++\n<svg><script>alert(1)</script></svg>\n++++");
        for (int i = 0; i < snippets.size(); i++) {
            project.write(page(i), "= Side\n" + FixtureProject.VALID_HEADER + "\nTekst.\n\n" + snippets.get(i) + "\n");
        }
        List<Diagnostic> errors = project.bake().stream().filter(Diagnostic::isError).toList();
        for (int i = 0; i < snippets.size(); i++) {
            String file = page(i);
            List<Diagnostic> own = errors.stream().filter(d -> d.file().equals(file)).toList();
            assertFalse(own.isEmpty(), snippets.get(i) + " in " + errors);
            Diagnostic d = own.get(0);
            assertTrue(d.line() >= 8, d.toString());
            assertTrue(d.message().contains("ikke tilladt"), d.toString());
            assertFalse(Files.exists(project.site().resolve(file.replace("content/", "").replace(".adoc", ".html"))));
        }
        assertTrue(errors.stream().allMatch(d -> d.file().startsWith("content/side-")), errors.toString());
    }

    private static String page(int i) {
        return String.format("content/side-%02d.adoc", i + 1);
    }

    @Test
    void rawHtmlInAnIncludedFileIsNamedWhereItWasWritten() throws IOException {
        project.write("content/del.adoc", "= Del\n" + FixtureProject.VALID_HEADER
                + "\nTekst.\n\n// tag::blok[]\n++++\n<p>Fint</p>\n<base href=\"https://example.invalid/\">\n++++\n// end::blok[]\n");
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + "\nTekst.\n\ninclude::del.adoc[tag=blok]\n");
        List<Diagnostic> errors = project.bake().stream().filter(Diagnostic::isError).toList();
        assertFalse(errors.isEmpty());
        for (Diagnostic d : errors) {
            assertEquals("content/del.adoc:" + (FixtureProject.VALID_HEADER.split("\n").length + 8), d.file() + ":" + d.line(), d.toString());
            assertTrue(d.message().contains("<base>"), d.toString());
        }
    }

    @Test
    void harmlessRawHtmlIsAllowed() throws IOException {
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER
                + "\nTekst med pass:[<em>vægt</em>] og +++<kbd>Ctrl</kbd>+++.\n");
        assertEquals(List.of(), project.bake());
    }

    @Test
    void binaryFileNamedAdocIsAnError() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        project.write("content/billede.adoc", png);
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/billede.adoc", d.file());
        assertTrue(d.message().contains("binære data"), d.toString());
    }

    @Test
    void veryLargeFileIsRefusedWithAClearMessage() throws IOException {
        StringBuilder text = new StringBuilder("= Stor\n" + FixtureProject.VALID_HEADER + "\n");
        String paragraph = "Tillidsdagsordenen er allerede nu meget nærværende for deltagerne på LUP 2 og LUP 3.\n\n";
        while (text.length() < 10_000_000) {
            text.append(paragraph);
        }
        project.write("content/stor.adoc", text.toString());
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertTrue(d.message().contains("for stor"), d.toString());
    }

    @Test
    void malformedHeaderLineMeansTheAttributeIsMissing() throws IOException {
        project.write("content/side.adoc", "= Side\n:jbake-type page\n:jbake-status: published\n:jbake-date: 2013-02-13\n\nTekst.\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertTrue(d.message().contains(":jbake-type: mangler"), d.toString());
    }

    @Test
    void imageOutsideTheContentTreeIsAnError() throws IOException {
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + "\nimage::../../../etc/logo.png[Logo]\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals(6, d.line());
        assertTrue(d.message().contains("uden for content/"), d.toString());
    }

    @Test
    void symbolicLinkOutOfTheContentTreeIsAnError() throws IOException {
        Path secret = dir.resolve("hemmelig.adoc");
        Files.writeString(secret, "= Hemmelig\n" + FixtureProject.VALID_HEADER + "\nHEMMELIGT\n");
        Files.createSymbolicLink(dir.resolve("content/genvej.adoc"), secret);
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/genvej.adoc", d.file());
        assertTrue(d.message().contains("uden for content/"), d.toString());
    }

}
