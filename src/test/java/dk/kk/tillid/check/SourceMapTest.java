package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Findings on a baked page name the AsciiDoc line the editor wrote, includes and tags followed. */
class SourceMapTest {

    @TempDir
    Path project;

    @Test
    void tracesEachFindingToTheLineInTheAsciidocSource() throws IOException {
        SiteWriter files = new SiteWriter(project);
        files.lines("content/rapport/kapitel.adoc",
                /* 1 */ "= Kapitel",
                /* 2 */ ":jbake-type: page",
                /* 3 */ "",
                /* 4 */ "Se <<bilag-1.adoc#foo,bilag 1>> for detaljer.",
                /* 5 */ "// link:gammel.html[udkommenteret: her skrev redaktøren det ikke]",
                /* 6 */ "Skriv til mailto:redaktion@kk[redaktionen].",
                /* 7 */ "include::_dele/afsnit.adoc[tag=links]",
                /* 8 */ "image::billeder/mangler.png[Mangler]",
                /* 9 */ "[[dobbelt]]",
                /* 10 */ "== Afsnit",
                /* 11 */ "////",
                /* 12 */ "xref:../bilag/æbler.adoc[i en kommentarblok]",
                /* 13 */ "////",
                /* 14 */ "Se også xref:../bilag/æbler.adoc[æbler].");
        files.lines("content/rapport/_dele/afsnit.adoc",
                /* 1 */ "Ikke med: link:uden-for-tag.html[x]",
                /* 2 */ "// tag::links[]",
                /* 3 */ "Noget tekst.",
                /* 4 */ "Se link:gammel.html[den gamle side].",
                /* 5 */ "// end::links[]",
                /* 6 */ "Heller ikke med: link:efter-tag.html[y]");
        files.lines("site/bilag/bilag-1.html", "<!DOCTYPE html><title>Bilag 1</title>");
        files.lines("site/rapport/kapitel.html",
                /* 1 */ "<!DOCTYPE html><title>Kapitel</title>",
                /* 2 */ "<p>Se <a href=\"../bilag/bilag-1.html#foo\">bilag 1</a></p>",
                /* 3 */ "<p>Skriv til <a href=\"mailto:redaktion@kk\">redaktionen</a></p>",
                /* 4 */ "<a href=\"gammel.html\">den gamle side</a>",
                /* 5 */ "<a href=\"uden-for-tag.html\">x</a>",
                /* 6 */ "<img src=\"billeder/mangler.png\" alt=\"Mangler\">",
                /* 7 */ "<p id=\"dobbelt\"></p><h2 id=\"dobbelt\">Afsnit</h2>",
                /* 8 */ "<a href=\"../bilag/%C3%A6bler.html\">æbler</a>");
        files.lines("site/statisk.html", "<!DOCTYPE html><title>Statisk</title><a href=\"væk.html\">væk</a>");
        SourceMap sources = new SourceMap(project, Map.of("rapport/kapitel.html", Path.of("content/rapport/kapitel.adoc")));

        CheckReport report = new LinkChecker(project.resolve("site")).withSourceMap(sources).run();

        assertEquals(List.of(
                "rapport/kapitel.html:2 content/rapport/kapitel.adoc:4",
                "rapport/kapitel.html:3 content/rapport/kapitel.adoc:6",
                "rapport/kapitel.html:4 content/rapport/_dele/afsnit.adoc:4",
                "rapport/kapitel.html:5 content/rapport/kapitel.adoc",
                "rapport/kapitel.html:6 content/rapport/kapitel.adoc:8",
                "rapport/kapitel.html:7 content/rapport/kapitel.adoc:9",
                "rapport/kapitel.html:8 content/rapport/kapitel.adoc:14",
                "statisk.html:1 null"),
                report.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.source()).toList());
    }

    @Test
    void anAbsoluteSourcePathIsStillReportedRelativeToTheProject() throws IOException {
        new SiteWriter(project).lines("content/side.adoc", "= Side", "Se link:https://example.com/x[x] og link:væk.html[væk].");
        SourceMap sources = new SourceMap(project, Map.of("side.html", project.resolve("content/side.adoc").toAbsolutePath()));

        assertEquals("content/side.adoc:2", sources.locate(finding("side.html", "væk.html")).orElseThrow());
        assertEquals("content/side.adoc", sources.locate(finding("side.html", "https://example.com/andet")).orElseThrow());
        assertEquals(java.util.Optional.empty(), sources.locate(finding("andet.html", "væk.html")));
    }

    @Test
    void aMissingSourceFileStillNamesTheFile() {
        SourceMap sources = new SourceMap(project, Map.of("side.html", Path.of("content/findes-ikke.adoc")));

        assertEquals("content/findes-ikke.adoc", sources.locate(finding("side.html", "x.html")).orElseThrow());
    }

    private static Finding finding(String page, String value) {
        return Problem.MISSING_FILE.at(page, 1, value, "");
    }
}
