package dk.kk.tillid.source;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.pipeline.SitePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The include rule the resolver states is the one the bake runs: a page's includes from content/, an include
 * inside an included file from that file's folder; and a broken link in included text is reported at the
 * included file's line for every page that shows it.
 */
class IncludeRuleTest {

    @TempDir
    Path project;

    @Test
    void theBakeIncludesWhatTheResolverSaysAndTheCheckNamesTheIncludedLine() throws IOException {
        TestProjects.small(project);
        String header = TestProjects.VALID_HEADER;
        TestProjects.write(project, "content/rapport/kapitel.adoc", "= Kapitel\n" + header
                + "\ninclude::dele/afsnit.adoc[tag=tekst]\n");
        TestProjects.write(project, "content/programmer/lup.adoc", "= LUP\n" + header
                + "\nFørst dette.\n\ninclude::dele/afsnit.adoc[tags=tekst]\n");
        TestProjects.write(project, "content/dele/afsnit.adoc", "= Afsnit\n" + header + """

                // tag::tekst[]
                Fra content/dele.

                include::noter/note.adoc[tag=note]
                // end::tekst[]
                """);
        TestProjects.write(project, "content/dele/noter/note.adoc", "= Note\n" + header + """

                // tag::note[]
                Note fra mappen.
                Se link:findes-ikke.html[en side, der mangler].
                // end::note[]
                """);
        // Where a reading from the page's own folder, or from content/ for the nested include, would look.
        TestProjects.write(project, "content/rapport/dele/afsnit.adoc",
                "= Andet afsnit\n" + header + "\n// tag::tekst[]\nAfsnit fra sidens mappe.\n// end::tekst[]\n");
        TestProjects.write(project, "content/noter/note.adoc",
                "= Anden note\n" + header + "\n// tag::note[]\nNote fra content.\n// end::note[]\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path site = project.resolve("target/site");

        SitePipeline.StageFailedException failed = assertThrows(SitePipeline.StageFailedException.class,
                () -> new SitePipeline(project, new PrintStream(log, true, StandardCharsets.UTF_8)).run(site));

        for (String page : List.of("rapport/kapitel.html", "programmer/lup.html")) {
            String html = Files.readString(site.resolve(page));
            assertTrue(html.contains("Fra content/dele.") && html.contains("Note fra mappen."), page);
            assertFalse(html.contains("fra sidens mappe") || html.contains("Note fra content"), page);
        }
        // Baked as a page of its own, the included file's include counts from content/.
        assertTrue(Files.readString(site.resolve("dele/afsnit.html")).contains("Note fra content."));
        List<String> where = failed.problems().stream()
                .filter(problem -> problem.message().contains("findes-ikke.html"))
                .map(problem -> problem.file() + ":" + problem.line())
                .distinct().toList();
        assertEquals(List.of("content/dele/noter/note.adoc:8"), where, log.toString(StandardCharsets.UTF_8));
        assertEquals(3, failed.problems().stream().filter(p -> p.message().contains("findes-ikke.html")).count(),
                "the note's own page and the two pages that include it through dele/afsnit.adoc");
    }
}
