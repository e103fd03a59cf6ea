package dk.kk.tillid.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines of a page as Asciidoctor reads them: which include lines are directives, where they go, what they pull in. */
class IncludeDirectivesTest {
    @TempDir
    Path content;

    private void write(String path, String... lines) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private List<String> lines(String page) {
        return AsciidocLines.of(content.resolve(page), new IncludeResolver(content)).stream()
                .map(l -> content.relativize(l.file()).toString().replace('\\', '/') + ":" + l.number() + " " + l.text())
                .toList();
    }

    @Test
    void aDirectiveStartsTheLineAndItsTargetHasNoBlankAtEitherEnd() {
        assertEquals(Optional.of(new IncludeResolver.Include(7, "dele/a b.adoc", "tag=x")),
                IncludeResolver.directive(7, "include::dele/a b.adoc[tag=x]  "));
        assertEquals(Optional.of(new IncludeResolver.Include(1, "a.adoc", "")), IncludeResolver.directive(1, "include::a.adoc[]"));
        for (String not : List.of(" include::a.adoc[]", "include:: a.adoc[]", "include::a.adoc [x]", "include::[]",
                "Se include::a.adoc[]", "include::a.adoc")) {
            assertEquals(Optional.empty(), IncludeResolver.directive(1, not), not);
        }
        assertEquals(List.of(new IncludeResolver.Include(2, "a.adoc", ""), new IncludeResolver.Include(4, "b.adoc", "x")),
                IncludeResolver.directives(List.of("= T", "include::a.adoc[]", "tekst", "include::b.adoc[x]")));
    }

    @Test
    void aPagesIncludeCountsFromTheContentFolderAndAnIncludedFilesFromItsOwnFolder() {
        IncludeResolver resolver = new IncludeResolver(content);
        Path root = content.toAbsolutePath().normalize();
        assertEquals(root, resolver.contentRoot());
        assertEquals(Optional.of(root.resolve("dele/a.adoc")), resolver.fromPage("rapport/../dele/a.adoc"));
        assertEquals(Optional.of(root.resolve("dele/noter/n.adoc")), resolver.fromIncluded(content.resolve("dele/a.adoc"), "noter/n.adoc"));
        assertEquals(Optional.empty(), resolver.fromPage("{partials}/a.adoc"), "only Asciidoctor knows the attribute");
        assertEquals(Optional.empty(), resolver.fromIncluded(content.resolve("a.adoc"), "https://example.org/a.adoc"));
    }

    @Test
    void commentsAreLeftOutAndIncludesFollowedWithTheirOwnLineNumbers() throws IOException {
        write("side.adoc", "= Side", "// link:skjult.html[]", "////", "link:blok.html[]", "////",
                "include::dele/a.adoc[]", "Slut");
        write("dele/a.adoc", "Fra a", "include::b.adoc[]");
        write("dele/b.adoc", "Fra b");
        assertEquals(List.of("side.adoc:1 = Side", "dele/a.adoc:1 Fra a", "dele/b.adoc:1 Fra b", "side.adoc:7 Slut"), lines("side.adoc"));
    }

    @Test
    void namedTagsTakeOnlyTheirRegionsAndWildcardsOrNegationsTheWholeFile() throws IOException {
        write("dele/t.adoc", "ude", "// tag::a[]", "i a", "// tag::b[]", "i a og b", "// end::b[]", "// end::a[]",
                "// tag::c[]", "i c", "// end::c[]");
        write("a.adoc", "include::dele/t.adoc[tag=a]");
        write("bc.adoc", "include::dele/t.adoc[lines=1, tags=\"b;c\"]");
        write("alle.adoc", "include::dele/t.adoc[tags=**]");
        write("ikke.adoc", "include::dele/t.adoc[tags=!c]");
        write("intet.adoc", "include::dele/t.adoc[tags=;]");
        assertEquals(List.of("dele/t.adoc:3 i a", "dele/t.adoc:5 i a og b"), lines("a.adoc"));
        assertEquals(List.of("dele/t.adoc:5 i a og b", "dele/t.adoc:9 i c"), lines("bc.adoc"));
        List<String> whole = List.of("dele/t.adoc:1 ude", "dele/t.adoc:3 i a", "dele/t.adoc:5 i a og b", "dele/t.adoc:9 i c");
        assertEquals(whole, lines("alle.adoc"));
        assertEquals(whole, lines("ikke.adoc"));
        assertEquals(whole, lines("intet.adoc"));
    }

    @Test
    void aFileThatIncludesItselfStopsAtAsciidoctorsDepthAndAMissingFileGivesNothing() throws IOException {
        write("selv.adoc", "Linje", "include::selv.adoc[]");
        write("dele/selv.adoc", "Igen", "include::selv.adoc[]");
        write("side.adoc", "include::dele/selv.adoc[]");
        assertEquals(64, lines("side.adoc").size(), "the page, then 64 levels of includes");
        assertEquals(65, lines("selv.adoc").size());
        assertEquals(List.of(), lines("findes-ikke.adoc"));
        write("mangler.adoc", "Før", "include::findes-ikke.adoc[]", "Efter");
        assertEquals(List.of("mangler.adoc:1 Før", "mangler.adoc:3 Efter"), lines("mangler.adoc"));
    }
}
