package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file saved in the wrong encoding is named by itself, with its line, however it reaches the bake. */
class EncodingTest {
    @TempDir
    Path dir;
    FixtureProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new FixtureProject(dir);
    }

    @Test
    void aLatin1PageThatAnotherPageIncludesIsNamedWithItsOwnLine() throws IOException {
        project.write("content/programmer/valgmodul.adoc", ("= Valgmodul\n" + FixtureProject.VALID_HEADER
                + "\n// tag::kerne[]\nFørste linje.\nLæring i praksis.\n// end::kerne[]\n").getBytes(StandardCharsets.ISO_8859_1));
        project.write("content/programmer/oversigt.adoc", "= Oversigt\n" + FixtureProject.VALID_HEADER
                + "\ninclude::programmer/valgmodul.adoc[tag=kerne]\n");
        List<Diagnostic> problems = project.bake();
        List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), problems.toString());
        Diagnostic d = errors.get(0);
        assertEquals("content/programmer/valgmodul.adoc", d.file());
        assertEquals(7, d.line());
        assertTrue(d.message().contains("UTF-8"), d.toString());
        assertNoMachineDetail(d);
    }

    @Test
    void aLatin1SnippetThatIsNoPageIsNamedToo() throws IOException {
        project.write("content/uddrag/tekst.txt", "Linje et.\nBørn og unge.\n".getBytes(StandardCharsets.ISO_8859_1));
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + "\ninclude::uddrag/tekst.txt[]\n");
        Diagnostic d = FixtureProject.onlyError(project.bake());
        assertEquals("content/uddrag/tekst.txt", d.file());
        assertEquals(2, d.line());
        assertNoMachineDetail(d);
    }

    @Test
    void aBadByteTwoIncludesDeepIsNamedWithItsFile() throws IOException {
        project.write("content/dele/inderst.txt", "Fin linje.\nFin.\nH\u00f8j".getBytes(StandardCharsets.ISO_8859_1));
        project.write("content/dele/midt.txt", "Midt.\n\ninclude::inderst.txt[]\n");
        project.write("content/side.adoc", "= Side\n" + FixtureProject.VALID_HEADER + "\ninclude::dele/midt.txt[]\n");
        List<Diagnostic> errors = project.bake().stream().filter(Diagnostic::isError).toList();
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(e -> e.file().equals("content/dele/inderst.txt") && e.line() == 3), errors.toString());
    }

    private static void assertNoMachineDetail(Diagnostic d) {
        String text = d.toString();
        assertFalse(text.contains("Exception") || text.contains("org.") || text.contains("/tmp") || text.contains("/work"), text);
    }
}
