package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.publish.Releases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `publish` killed with SIGKILL at any moment leaves the published folder serving a whole site. */
class PublishKillIT {
    private static final Path JAR = Path.of("target/tillid-site.jar").toAbsolutePath();

    @Test
    void killedPublishLeavesThePreviousSiteWhole(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("p"));
        Path www = dir.resolve("www/tillid");
        Files.createDirectories(www.getParent());
        assertEquals(0, publish(project, www).waitFor(), "first publish");
        Set<String> pages = TestProjects.files(www.toRealPath()).keySet();
        String before = Files.readString(www.resolve("index.html"));

        Path index = project.resolve("content/index.adoc");
        Files.writeString(index, Files.readString(index) + "\nEn ny sætning på forsiden.\n");

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger failedReads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                try {
                    Files.readString(www.resolve("index.html"));
                    Files.readString(www.resolve("rapport/tillidsdagsordenen-i-lederuddannelser.html"));
                } catch (IOException e) {
                    failedReads.incrementAndGet();
                }
            }
        });
        reader.start();
        Random random = new Random(20130213);
        int killedWithChild = 0;
        try {
            for (int round = 0; round < 6; round++) {
                Process process = publish(project, www);
                long delay = 200 + random.nextInt(9000);
                if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    List<ProcessHandle> started = process.descendants().toList();
                    killedWithChild += started.isEmpty() ? 0 : 1;
                    process.destroyForcibly().waitFor();
                    // The jar runs the build in a second JVM; it must not go on publishing behind the kill.
                    for (ProcessHandle child : started) {
                        assertTrue(child.onExit().thenApply(ended -> true).completeOnTimeout(false, 5, TimeUnit.SECONDS).join(),
                                "round " + round + ": the build JVM stopped with the killed command");
                    }
                }
                Path current = new Releases(www).current().orElseThrow();
                assertTrue(dk.kk.tillid.publish.Releases.isComplete(current),
                        "round " + round + ": the link points at a complete release");
                assertEquals(pages, TestProjects.files(www.toRealPath()).keySet(), "round " + round + ": every page");
                String now = Files.readString(www.resolve("index.html"));
                assertTrue(now.equals(before) || now.contains("En ny sætning på forsiden."), "round " + round);
            }
        } finally {
            reading.set(false);
            reader.join();
        }
        assertEquals(0, failedReads.get(), "a reader never found the site missing");
        assertTrue(killedWithChild > 0, "some kill hit a publish while its build JVM ran");
        assertEquals(0, publish(project, www).waitFor(), "a later publish still works");
        assertTrue(Files.readString(www.resolve("index.html")).contains("En ny sætning på forsiden."));
    }

    private static Process publish(Path project, Path www) throws IOException {
        return new ProcessBuilder(List.of("java", "-jar", JAR.toString(), "publish", "--to", www.toString(),
                "-C", project.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
