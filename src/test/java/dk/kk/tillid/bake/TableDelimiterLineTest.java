package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table closed with |== makes Asciidoctor complain at the next tables (here lines 22, 25 and 27); the editor
 * is told once, at the line where the delimiter was mistyped.
 */
class TableDelimiterLineTest {
    @TempDir
    Path dir;

    @Test
    void aMistypedTableDelimiterIsReportedOnceAtItsOwnLine() throws Exception {
        FixtureProject project = new FixtureProject(dir);
        StringBuilder page = new StringBuilder("= Side\n" + FixtureProject.VALID_HEADER);
        for (int line = page.toString().split("\n").length + 1; line < 17; line++) {
            page.append(line % 2 == 0 ? "\n" : "Tekst.\n");
        }
        page.append("""
                |===
                | a | b
                |==

                Tekst.

                |===
                | c | d
                |===

                Mere.
                """);
        assertEquals("|==", page.toString().split("\n")[18], "line 19 is the mistyped delimiter");
        project.write("content/side.adoc", page.toString());

        List<Diagnostic> problems = project.bake();

        assertEquals(1, problems.size(), problems.toString());
        Diagnostic d = problems.get(0);
        assertEquals("content/side.adoc", d.file());
        assertEquals(19, d.line(), d.toString());
        assertTrue(d.isError(), d.toString());
        assertTrue(d.message().contains("|===") && d.fix().contains("|==="), d.toString());
    }
}
