package dk.kk.tillid.pipeline;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The same broken xref written on several lines, in the page and in text it includes, is reported on each. */
class RepeatedLinkLinesTest {
    @TempDir
    Path dir;

    @Test
    void eachBrokenXrefIsReportedAtTheLineWhereItIsWritten() throws Exception {
        Path project = TestProjects.small(dir);
        StringBuilder page = new StringBuilder("= Side\n" + TestProjects.VALID_HEADER);
        int line = page.toString().split("\n").length;
        while (line < 180) {
            line++;
            String text = switch (line) {
                case 21, 128, 175 -> "Se xref:findes-ikke.adoc[den manglende side].";
                case 60 -> "include::opslag/faelles.adoc[tag=links]";
                default -> line % 2 == 0 ? "" : "Tekst på linje " + line + ".";
            };
            page.append(text).append('\n');
        }
        TestProjects.write(project, "content/opslag/side.adoc", page.toString());
        TestProjects.write(project, "content/opslag/faelles.adoc", "= Fælles\n" + TestProjects.VALID_HEADER + """

                // tag::links[]
                Fælles tekst med xref:findes-ikke.adoc[et link].

                Og igen xref:findes-ikke.adoc[et link].
                // end::links[]
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SitePipeline.StageFailedException failed = assertThrows(SitePipeline.StageFailedException.class,
                () -> new SitePipeline(project, new PrintStream(out, true, StandardCharsets.UTF_8)).run(project.resolve("target/site")));

        // The page's five links in document order: the included text sits at line 60, between 21 and 128.
        assertEquals(List.of(
                        "content/opslag/side.adoc:21",
                        "content/opslag/faelles.adoc:7",
                        "content/opslag/faelles.adoc:9",
                        "content/opslag/side.adoc:128",
                        "content/opslag/side.adoc:175"),
                failed.problems().stream().filter(d -> d.message().contains("til findes-ikke.html") && d.message().contains("på siden opslag/side.html"))
                        .map(d -> d.at().toString()).toList(),
                failed.problems().toString());
    }
}
