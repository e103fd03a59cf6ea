package dk.kk.tillid.cache;

import dk.kk.tillid.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real {@code build}, killed with SIGKILL (its whole process tree) while it writes cache entries: no entry is
 * ever left half written under its own name, and the next build succeeds and equals a {@code --no-cache} build.
 */
class CacheKillIT {
    private static final Path JAR = Path.of("target/tillid-site.jar").toAbsolutePath();
    private static final int PAGES = 40;
    private static final int ROUNDS = 6;

    @TempDir
    Path dir;

    @Test
    void aBuildKilledWhileWritingTheCacheLeavesNothingTheNextBuildUses() throws Exception {
        Path project = TestProjects.small(dir.resolve("project"));
        Path entries = project.resolve(ConversionCache.FOLDER).resolve("conversions");
        // The folder exists before the first build, so that its files can be watched from the first one on.
        Files.createDirectories(entries);
        Random random = new Random(20130213);
        int killedWhileWriting = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Every page changes each round, so each build writes (and replaces) every page's entry.
            writePages(project, round);
            int after = 1 + random.nextInt(PAGES);
            Process build = start(project, dir.resolve("site-" + round), false);
            if (killAfterWrites(build, entries, after)) {
                killedWhileWriting++;
            }
            assertEntriesWhole(entries, "round " + round + " (killed after " + after + " writes)");
        }
        assertTrue(killedWhileWriting >= ROUNDS / 2,
                "most rounds must kill a build in the middle of writing, not after it ended: " + killedWhileWriting);

        // What a build killed between creating its temporary file and moving it left, as bad as it can be.
        Path someEntry;
        try (Stream<Path> files = Files.list(entries)) {
            someEntry = files.filter(f -> f.toString().endsWith(".entry")).findFirst()
                    .orElseThrow(() -> new AssertionError("no build got as far as keeping an entry"));
        }
        byte[] whole = Files.readAllBytes(someEntry);
        Files.write(entries.resolve(someEntry.getFileName() + "1234.tmp"), Arrays.copyOf(whole, whole.length / 2));

        Process cached = start(project, dir.resolve("cached"), false);
        assertEquals(0, cached.waitFor(), "the build after the kills succeeds: " + log("cached"));
        Process clean = start(project, dir.resolve("clean"), true);
        assertEquals(0, clean.waitFor(), log("clean"));
        assertSameSite(dir.resolve("clean"), dir.resolve("cached"));
        try (Stream<Path> files = Files.list(entries)) {
            List<String> left = files.map(f -> f.getFileName().toString()).filter(f -> !f.endsWith(".entry")).toList();
            assertEquals(List.of(), left, "the next build removes what killed builds left half written");
        }
        assertEntriesWhole(entries, "after the last build");
        // The entries written in the last killed round and by the build after it are right, not just whole.
        Process again = start(project, dir.resolve("again"), false);
        assertEquals(0, again.waitFor(), log("again"));
        assertSameSite(dir.resolve("clean"), dir.resolve("again"));
    }

    private void writePages(Path project, int round) throws IOException {
        for (int page = 0; page < PAGES; page++) {
            String next = "side-" + ((page + 1) % PAGES) + ".adoc";
            TestProjects.write(project, "content/opslag/side-" + page + ".adoc", TestProjects.page("Side " + page,
                    "Runde " + round + " af side " + page + ". Se <<" + next + "#,næste side>>.\n\n"
                            + "== Afsnit\n\nTillid er " + "en tekst, der fylder lidt. ".repeat(page % 7 + 1) + "\n"));
        }
    }

    /**
     * Kills {@code build} and all its processes once {@code writes} temporary entry files have appeared (each entry
     * is written to one and moved into place); true when it was still running then, false when it ended first.
     */
    private static boolean killAfterWrites(Process build, Path entries, int writes) throws Exception {
        int seen = 0;
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            entries.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            while (seen < writes && build.isAlive()) {
                WatchKey key = watch.poll(10, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path created && created.toString().endsWith(".tmp")) {
                        seen++;
                    }
                }
                key.reset();
            }
        }
        List<ProcessHandle> tree = new ArrayList<>(build.descendants().toList());
        tree.add(build.toHandle());
        boolean alive = build.isAlive();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : tree) {
            process.onExit().completeOnTimeout(process, 120, TimeUnit.SECONDS).join();
            assertTrue(!process.isAlive(), "a process of the killed build is still running");
        }
        return alive;
    }

    /** Every file under an entry's own name is a whole one: its checksum matches, whatever the tool that wrote it. */
    private static void assertEntriesWhole(Path entries, String when) throws IOException {
        try (Stream<Path> files = Files.list(entries)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".entry")).toList()) {
                byte[] all = Files.readAllBytes(file);
                assertTrue(all.length > EntryCodec.MAGIC.length + Integer.BYTES, when + ": " + file.getFileName() + " is cut short");
                assertTrue(EntryCodec.whole(all), when + ": " + file.getFileName() + " is half written");
                assertArrayEquals(EntryCodec.MAGIC, Arrays.copyOf(all, EntryCodec.MAGIC.length), when);
            }
        }
    }

    private Process start(Path project, Path site, boolean noCache) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(),
                "build", "-C", project.toString(), "-o", site.toString()));
        if (noCache) {
            command.add("--no-cache");
        }
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(site.getFileName() + ".log").toFile()).start();
    }

    private String log(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".log"));
    }

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        var want = TestProjects.files(expected);
        var got = TestProjects.files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        List<String> different = want.keySet().stream().filter(f -> !Arrays.equals(want.get(f), got.get(f))).toList();
        assertEquals(List.of(), different, "the same bytes");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
