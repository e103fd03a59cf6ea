package dk.kk.tillid.source;

import dk.kk.tillid.check.CheckReport;
import dk.kk.tillid.check.Finding;
import dk.kk.tillid.check.LinkChecker;
import dk.kk.tillid.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        Sources files = new Sources(project);
        files.lines("content/rapport/kapitel.adoc",
                /* 1 */ "= Kapitel",
                /* 2 */ ":jbake-type: page",
                /* 3 */ "",
                /* 4 */ "Se <<bilag-1.adoc#foo,bilag 1>> for detaljer.",
                /* 5 */ "// link:gammel.html[udkommenteret: her skrev redaktøren det ikke]",
                /* 6 */ "Skriv til mailto:redaktion@kk[redaktionen].",
                /* 7 */ "include::rapport/_dele/afsnit.adoc[tag=links]",
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
        SourceMap sources = new SourceMap(project, includes(), Map.of("rapport/kapitel.html", Path.of("content/rapport/kapitel.adoc")));

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
        new Sources(project).lines("content/side.adoc", "= Side", "Se link:https://example.com/x[x] og link:væk.html[væk].");
        SourceMap sources = new SourceMap(project, includes(), Map.of("side.html", project.resolve("content/side.adoc").toAbsolutePath()));

        assertEquals("content/side.adoc:2", sources.locate(finding("side.html", "væk.html")).orElseThrow().toString());
        assertEquals("content/side.adoc", sources.locate(finding("side.html", "https://example.com/andet")).orElseThrow().toString());
        assertEquals(java.util.Optional.empty(), sources.locate(finding("andet.html", "væk.html")));
    }

    @Test
    void aMissingSourceFileStillNamesTheFile() {
        SourceMap sources = new SourceMap(project, includes(), Map.of("side.html", Path.of("content/findes-ikke.adoc")));

        assertEquals("content/findes-ikke.adoc", sources.locate(finding("side.html", "x.html")).orElseThrow().toString());
    }

    @Test
    void aPagesIncludesCountFromTheContentFolderAndNestedOnesFromTheIncludedFile() throws IOException {
        Sources files = new Sources(project);
        files.lines("content/rapport/kapitel.adoc",
                /* 1 */ "= Kapitel",
                /* 2 */ "include::_dele/afsnit.adoc[tag=links]");
        // Where a page-relative reading would look: never read.
        files.lines("content/rapport/_dele/afsnit.adoc", "// tag::links[]", "link:gammel.html[x]", "// end::links[]");
        files.lines("content/_dele/afsnit.adoc",
                /* 1 */ "Ikke med.",
                /* 2 */ "// tag::links[]",
                /* 3 */ "Tekst.",
                /* 4 */ "include::noter/note.adoc[]",
                /* 5 */ "// end::links[]");
        files.lines("content/_dele/noter/note.adoc",
                /* 1 */ "En note.",
                /* 2 */ "Se link:gammel.html[den gamle side].");
        // The included file's include counts from its own folder, not from content/.
        files.lines("content/noter/note.adoc", "link:gammel.html[x]");
        SourceMap sources = new SourceMap(project, includes(),
                Map.of("rapport/kapitel.html", Path.of("content/rapport/kapitel.adoc")));

        assertEquals("content/_dele/noter/note.adoc:2",
                sources.locate(finding("rapport/kapitel.html", "gammel.html")).orElseThrow().toString());
    }

    @Test
    void aFindingInATaggedRegionNamesTheIncludedLineOnEveryPageThatShowsIt() throws IOException {
        Sources files = new Sources(project);
        files.lines("content/keynotes/dag.adoc",
                /* 1 */ "= Dag",
                /* 2 */ "// tag::program[]",
                /* 3 */ "Se link:program.html#kl-9[programmet].",
                /* 4 */ "// end::program[]");
        files.lines("content/bilag/bilag-2.adoc", "= Bilag 2", "", "include::keynotes/dag.adoc[tag=program]");
        files.lines("content/programmer/lup.adoc", "= LUP", "include::keynotes/dag.adoc[tags=program]");
        SourceMap sources = new SourceMap(project, includes(), Map.of(
                "bilag/bilag-2.html", Path.of("content/bilag/bilag-2.adoc"),
                "programmer/lup.html", Path.of("content/programmer/lup.adoc")));

        assertEquals("content/keynotes/dag.adoc:3",
                sources.locate(finding("bilag/bilag-2.html", "program.html#kl-9")).orElseThrow().toString());
        assertEquals("content/keynotes/dag.adoc:3",
                sources.locate(finding("programmer/lup.html", "program.html#kl-9")).orElseThrow().toString());
    }

    private IncludeResolver includes() {
        return new IncludeResolver(project.resolve("content"));
    }

    private static Finding finding(String page, String value) {
        return new Finding(page, 1, value, Severity.ERROR, "missing-file", "", null);
    }

    /** Source and site files, lines joined with '\n' so that line n is element n - 1. */
    private record Sources(Path root) {
        Sources lines(String path, String... lines) throws IOException {
            Path file = root.resolve(path);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return this;
        }
    }
}
