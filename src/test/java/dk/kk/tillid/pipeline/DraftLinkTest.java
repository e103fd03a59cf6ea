package dk.kk.tillid.pipeline;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A link to a draft is broken in the published site; the message says the page is a draft, in the build's words. */
class DraftLinkTest {
    @TempDir
    Path dir;

    @Test
    void aLinkToADraftSaysItIsADraftNamingTheAsciidocLineFirst() throws Exception {
        Path project = TestProjects.small(dir);
        TestProjects.write(project, "content/opslag/kladde.adoc",
                "= Kladde\n:jbake-type: page\n:jbake-status: draft\n:jbake-date: 2013-02-13\n\nIkke færdig.\n");
        TestProjects.write(project, "content/opslag/side.adoc",
                TestProjects.page("Side", "Første linje.\n\nSe xref:kladde.adoc[kladden].\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SitePipeline.StageFailedException failed = assertThrows(SitePipeline.StageFailedException.class,
                () -> new SitePipeline(project, new PrintStream(out, true, StandardCharsets.UTF_8)).run(project.resolve("target/site")));
        Diagnostic d = failed.problems().get(0);
        assertEquals(1, failed.problems().size(), failed.problems().toString());
        assertEquals("content/opslag/side.adoc", d.file());
        assertEquals(8, d.line());
        assertTrue(d.message().contains("kladde") && d.message().contains("content/opslag/kladde.adoc"), d.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("content/opslag/side.adoc:8: fejl: "), "build prints the same line: " + printed);
    }
}
