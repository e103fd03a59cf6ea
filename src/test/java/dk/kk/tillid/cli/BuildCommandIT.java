package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `build` as CI and editors run it: one summary, a non-zero exit on any error, the last site kept. */
class BuildCommandIT {

    @Test
    void brokenReferencesFailTheBuildAndNameTheAsciidocLine(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("p"));
        assertEquals(0, Main.run("build", "-C", project.toString()));
        byte[] before = Files.readAllBytes(project.resolve("target/site/index.html"));

        Path page = project.resolve("content/opslag/tidslinje.adoc");
        Files.writeString(page, Files.readString(page)
                + "\nSe xref:../bilag/findes-ikke.adoc[et bilag, der ikke findes] og "
                + "xref:../rapport/tillidsdagsordenen-i-lederuddannelser.adoc#intet-afsnit[et afsnit, der ikke findes].\n");
        int lines = Files.readAllLines(page).size();
        String output = run(project, 1);
        assertTrue(output.contains("content/opslag/tidslinje.adoc:" + lines), output);
        assertTrue(output.contains("bilag/findes-ikke.html"), output);
        assertTrue(output.contains("intet-afsnit"), output);
        assertTrue(output.contains("Bygningen fejlede"), output);
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(project.resolve("target/site/index.html")), "the previous site is untouched");
    }

    @Test
    void aSuccessfulBuildPrintsOneSummaryWithEveryStage(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("p"));
        String output = run(project, 0).strip();
        assertEquals(1, output.lines().count(), "a good build prints one line: " + output);
        assertTrue(output.matches("Bygget: \\d+ sider, \\d+ links tjekket, 0 fejl, 0 advarsler, \\d+ afsnit i søgeindekset "
                + "\\(bage \\d+ ms, tjek \\d+ ms, indeks \\d+ ms, pdf \\d+ ms\\) → target/site"), output);
        assertTrue(Files.isRegularFile(project.resolve("target/site/search/meta.js")));
        try (var leftovers = Files.list(project.resolve("target"))) {
            assertFalse(leftovers.anyMatch(p -> p.getFileName().toString().startsWith(".site-")), "no staging folder left");
        }
    }

    @Test
    void theSiteIsReadableByAWebServerLikeAnyBuildOutput(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        assertEquals(0, Main.run("build", "-C", project.toString()));
        Path site = project.resolve("target/site");
        Set<PosixFilePermission> readable = Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ);
        try (Stream<Path> all = Files.walk(site)) {
            for (Path path : all.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                assertTrue(permissions.containsAll(readable), path + " " + PosixFilePermissions.toString(permissions));
                if (Files.isDirectory(path)) {
                    assertTrue(permissions.contains(PosixFilePermission.OTHERS_EXECUTE), path + " " + PosixFilePermissions.toString(permissions));
                }
            }
        }
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(site)));
    }

    /** Runs `build` on the project, asserts its exit code and returns what it printed on standard error. */
    private static String run(Path project, int exitCode) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(exitCode, Main.run("build", "-C", project.toString()));
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
