package dk.kk.tillid.scaffold;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `tillid-site new` as an editor runs it: its own JVM (three of them, so an integration test), its exit code, what it prints. */
class NewCommandIT {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void createsThePagePrintsItsPathAndRefusesToOverwriteIt() throws Exception {
        Path project = TestProjects.small(dir);

        Run created = run(project, "new", "keynote", "Fælles keynotedag");
        assertEquals(0, created.exitCode(), created.err());
        assertEquals("content/keynotes/faelles-keynotedag.adoc", created.out().strip());
        String text = Files.readString(project.resolve("content/keynotes/faelles-keynotedag.adoc"));
        assertTrue(text.contains(":jbake-date: " + LocalDate.now() + "\n"), "today's date:\n" + text);
        assertTrue(text.contains(":jbake-status: draft\n"), "a draft until the editor publishes it:\n" + text);
        assertTrue(created.err().contains("Siden er en kladde"), created.err());

        Run again = run(project, "new", "keynote", "Fælles keynotedag");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("Filen content/keynotes/faelles-keynotedag.adoc findes allerede og overskrives ikke."),
                again.err());
        assertEquals(text, Files.readString(project.resolve("content/keynotes/faelles-keynotedag.adoc")));

        Run unknown = run(project, "new", "rapport", "Noget");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Ukendt type 'rapport'. Brug en af: report, annex, programme, keynote, page."),
                unknown.err());
    }

    private static Run run(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "dk.kk.tillid.cli.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("-C", project.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(project.resolve("out.txt").toFile())
                .redirectError(project.resolve("err.txt").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "new finishes");
        return new Run(process.exitValue(),
                Files.readString(project.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(project.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
