package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An old address in {@code :jbake-gamle-adresser:} that another page has, or another header names, or that is no
 * page address at all, stops {@code build} with one Danish message each, naming both files and lines.
 */
class OldAddressCollisionTest {

    @Test
    void collidingOldAddressesAreErrorsNamingBothPlaces(@TempDir Path project) throws Exception {
        TestProjects.small(project);
        TestProjects.write(project, "content/om/e.adoc", "= Side E\n" + TestProjects.VALID_HEADER
                + ":jbake-gamle-adresser: om/f.html, gammel.html, https://andet.example/side?x=1\n\nTekst.\n");
        TestProjects.write(project, "content/om/f.adoc", "= Side F\n" + TestProjects.VALID_HEADER
                + ":jbake-gamle-adresser: gammel.html, emner/index.html, /om/f.html\n\nTekst.\n");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run("build", "-C", project.toString());
        } finally {
            System.setErr(original);
        }
        String output = err.toString(StandardCharsets.UTF_8);
        List<String> errors = output.lines().filter(line -> line.contains(": fejl: ")).toList();

        assertEquals(1, exit, output);
        assertEquals(List.of(
                "content/om/e.adoc:5: fejl: 'https://andet.example/side?x=1' i :jbake-gamle-adresser: er ikke adressen på en side."
                        + " Ret: Skriv adressen fra sitets rod med .html til sidst, fx gammel/side.html (eller en mappe med / til sidst),"
                        + " kun med bogstaver, tal, punktum, bindestreg og /.",
                "content/om/e.adoc:5: fejl: Den gamle adresse om/f.html er adressen på siden content/om/f.adoc."
                        + " Ret: Slet den fra :jbake-gamle-adresser:, eller omdøb den anden side.",
                "content/om/f.adoc:5: fejl: Den gamle adresse emner/index.html er en side, sitet selv danner."
                        + " Ret: Slet den fra :jbake-gamle-adresser:.",
                "content/om/f.adoc:5: fejl: Den gamle adresse gammel.html står også i content/om/e.adoc:5."
                        + " Ret: En adresse kan kun føre til én side: slet den det ene sted.",
                "content/om/f.adoc:5: fejl: Den gamle adresse om/f.html er sidens egen adresse."
                        + " Ret: Slet den fra :jbake-gamle-adresser:."), errors);
        assertTrue(output.contains("Bygningen fejlede"), output);
        assertFalse(Files.exists(project.resolve("target/site/gammel.html")), "nothing is published");
        assertFalse(output.contains("Exception") || output.contains(project.toString()), output);
    }
}
