package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two builds of the same sources, in different folders and at different times, give the same bytes. */
class ReproducibleBuildIT {

    @Test
    void twoBuildsInDifferentFoldersAreByteIdentical(@TempDir Path a, @TempDir Path b) throws Exception {
        Path first = TestProjects.copyOfTheRealSite(a.resolve("checkout-one"));
        Path second = TestProjects.copyOfTheRealSite(b.resolve("another/checkout"));
        assertEquals(0, Main.run("build", "-C", first.toString(), "--zip", first.resolve("site.zip").toString()));
        Thread.sleep(1100); // a second apart, so that any clock in the output would show
        assertEquals(0, Main.run("build", "-C", second.toString(), "--zip", second.resolve("site.zip").toString()));

        Map<String, byte[]> one = TestProjects.files(first.resolve("target/site"));
        Map<String, byte[]> two = TestProjects.files(second.resolve("target/site"));
        assertEquals(one.keySet(), two.keySet());
        // The PDF edition too: its dates come from the content and its document ID from its text.
        assertTrue(one.containsKey("rapport/tillidsdagsordenen-i-lederuddannelser.pdf"), "the report's PDF is built");
        assertTrue(one.containsKey("rapport/tillidsdagsordenen-i-lederuddannelser-med-bilag.pdf"), one.keySet().toString());
        for (String file : one.keySet()) {
            assertArrayEquals(one.get(file), two.get(file), file + " differs between the two builds");
        }
        assertArrayEquals(Files.readAllBytes(first.resolve("site.zip")), Files.readAllBytes(second.resolve("site.zip")));

        for (Map.Entry<String, byte[]> file : one.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains(first.toString()), file.getKey() + " names the build folder");
        }
    }

    @Test
    void zipEntriesAreSortedWithOneFixedTime(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("p"));
        Path zip = dir.resolve("site.zip");
        assertEquals(0, Main.run("build", "-C", project.toString(), "--zip", zip.toString()));
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertEquals(java.time.LocalDateTime.of(2013, 2, 13, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
        String[] sorted = names.toArray(new String[0]);
        Arrays.sort(sorted);
        assertArrayEquals(sorted, names.toArray(new String[0]));
        assertTrue(names.contains("index.html") && names.contains("rapport/tillidsdagsordenen-i-lederuddannelser.html"));
        assertTrue(names.contains("rapport/tillidsdagsordenen-i-lederuddannelser.pdf"), "the zip has the PDF edition");
    }

    @Test
    void lastUpdatedComesFromThePagesDateWithoutGitHistory(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("p"));
        assertEquals(0, Main.run("build", "-C", project.toString()));
        String report = Files.readString(project.resolve("target/site/rapport/tillidsdagsordenen-i-lederuddannelser.html"));
        assertTrue(report.contains("Senest opdateret <time datetime=\"2013-02-13\">13. februar 2013</time>"), report);
    }

    @Test
    void lastUpdatedComesFromGitWhenTheCheckoutHasHistory(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("p"));
        git(project, "init", "-q");
        git(project, "add", "-A");
        new ProcessBuilder("git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q",
                "-m", "content")
                .directory(project.toFile())
                .redirectErrorStream(true)
                .inheritIO()
                .start().waitFor();
        // Pin the commit's date so the expectation does not depend on the day the test runs.
        ProcessBuilder amend = new ProcessBuilder("git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                "commit", "-q", "--amend", "--no-edit", "--date=2020-05-04T12:00:00Z")
                .directory(project.toFile());
        amend.environment().put("GIT_COMMITTER_DATE", "2020-05-04T12:00:00Z");
        amend.inheritIO().start().waitFor();
        assertEquals(0, Main.run("build", "-C", project.toString()));
        String report = Files.readString(project.resolve("target/site/rapport/tillidsdagsordenen-i-lederuddannelser.html"));
        assertTrue(report.contains("Senest opdateret <time datetime=\"2020-05-04\">4. maj 2020</time>"), report);
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        assertEquals(0, new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor());
    }
}
