package dk.kk.tillid.source;

import dk.kk.tillid.check.Finding;
import dk.kk.tillid.check.LinkChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Nth time a page shows a broken value is traced to the Nth place its source, includes expanded, writes it. */
class RepeatedFindingsTest {
    @TempDir
    Path project;

    @Test
    void theSameBrokenLinkOnThreeLinesIsReportedOnEachOfThem() throws IOException {
        String[] page = new String[180];
        for (int i = 0; i < page.length; i++) {
            page[i] = "Tekst " + (i + 1) + ".";
        }
        page[0] = "= Side";
        for (int line : new int[] {21, 128, 175}) {
            page[line - 1] = "Se <<findes-ikke.adoc#,siden>> igen.";
        }
        write("content/side.adoc", page);
        write("site/side.html", "<!DOCTYPE html><title>Side</title>",
                "<p><a href=\"findes-ikke.html\">siden</a></p>",
                "<p><a href=\"findes-ikke.html\">siden</a></p>",
                "<p><a href=\"findes-ikke.html\">siden</a></p>");

        assertEquals(List.of("content/side.adoc:21", "content/side.adoc:128", "content/side.adoc:175"), sources("side"));
    }

    @Test
    void includedTextTakesItsPlaceInTheOrderAndAPathEndingInTheSameNameIsNotTheSameLink() throws IOException {
        write("content/side.adoc",
                /* 1 */ "= Side",
                /* 2 */ "Se xref:findes-ikke.adoc[x] og xref:andet/findes-ikke.adoc[y].",
                /* 3 */ "include::_dele/del.adoc[]",
                /* 4 */ "Til sidst xref:findes-ikke.adoc[x].");
        write("content/_dele/del.adoc",
                /* 1 */ "Delt: xref:findes-ikke.adoc[x]",
                /* 2 */ "// xref:findes-ikke.adoc[kommentar, ikke på siden]",
                /* 3 */ "og xref:findes-ikke.adoc[x] igen.");
        write("site/side.html", "<!DOCTYPE html><title>Side</title>",
                "<p><a href=\"findes-ikke.html\">x</a> og <a href=\"andet/findes-ikke.html\">y</a></p>",
                "<p><a href=\"findes-ikke.html\">x</a></p>",
                "<p><a href=\"findes-ikke.html\">x</a></p>",
                "<p><a href=\"findes-ikke.html\">x</a></p>");

        assertEquals(List.of(
                "content/side.adoc:2", "content/side.adoc:2",
                "content/_dele/del.adoc:1", "content/_dele/del.adoc:3", "content/side.adoc:4"), sources("side"));
    }

    /** The source of each finding on {@code page}.html, in the page's order. */
    private List<String> sources(String page) throws IOException {
        SourceMap map = new SourceMap(project, new IncludeResolver(project.resolve("content")),
                Map.of(page + ".html", Path.of("content/" + page + ".adoc")));
        return new LinkChecker(project.resolve("site")).withSourceMap(map).run().findings().stream()
                .map(Finding::source).map(Object::toString).toList();
    }

    private void write(String path, String... lines) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
