package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class data archive in real JVMs: written by a build asked to, used by the next, and a damaged, stale or
 * moved one ignored without a word. Runs on a copy of the tool (its jar beside a link to its libraries), so the
 * archive {@code mvn package} left beside {@code target/tillid-site.jar} is not touched.
 */
class ClassDataArchiveIT {
    private static final String TOP_ARCHIVE = "source: shared objects file (top)";

    @TempDir
    static Path shared;
    private static Path tool;
    private static Path jar;
    private static Path archive;
    private static Path project;

    @BeforeAll
    static void writeAnArchive() throws Exception {
        tool = Files.createDirectories(shared.resolve("tool"));
        jar = Files.copy(Path.of("target/tillid-site.jar"), tool.resolve("tillid-site.jar"));
        Files.createSymbolicLink(tool.resolve("lib"), Path.of("target/lib").toAbsolutePath());
        project = TestProjects.small(shared.resolve("project"));
        TestProjects.write(project, "content/andet.adoc", TestProjects.page("Andet", """
                == Et afsnit

                Tekst med *fed* og en <<index.adoc#,henvisning>>.

                [cols="1,5",options="header"]
                |===
                |Tid |Indhold
                |9.00 a|* punkt
                |===
                """));
        Run written = build(jar, shared.resolve("written"), List.of("-Dtillid.site.archive=write"));
        written.assertCleanSuccess();
        archive = tool.resolve("tillid-site.jsa");
        assertTrue(Files.size(archive) > 1_000_000, "an archive beside the jar");
        assertTrue(Files.isRegularFile(tool.resolve("tillid-site.jsa.sum")));
    }

    /** The links to the libraries go before JUnit removes the folder, which warns about links it finds. */
    @AfterAll
    static void removeTheLinkToTheLibraries() throws IOException {
        Files.deleteIfExists(tool.resolve("lib"));
    }

    @Test
    void theNextBuildMapsTheArchiveAndBuildsTheSameSite(@TempDir Path dir) throws Exception {
        Run with = build(jar, dir.resolve("with"), List.of());
        with.assertCleanSuccess();
        assertTrue(with.classesFromTheArchive() > 1000, "classes mapped from the archive: " + with.classesFromTheArchive());
        Run without = build(jar, dir.resolve("without"), List.of("-Xshare:auto"));
        without.assertCleanSuccess();
        assertEquals(0, without.classesFromTheArchive(), "a sharing option of one's own: no archive of ours");
        assertSameSite(with.site, without.site);
    }

    @Test
    void aDamagedArchiveIsIgnoredWithoutAWord(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        try {
            Files.write(archive, Arrays.copyOf(whole, whole.length / 2));
            Run cut = build(jar, dir.resolve("cut"), List.of());
            cut.assertCleanSuccess();
            assertEquals(0, cut.classesFromTheArchive());

            byte[] flipped = whole.clone();
            for (int at = whole.length / 3; at < whole.length; at += whole.length / 7) {
                flipped[at] ^= (byte) 0xff;
            }
            Files.write(archive, flipped);
            Run altered = build(jar, dir.resolve("altered"), List.of());
            altered.assertCleanSuccess();
            assertEquals(0, altered.classesFromTheArchive());
            Run plain = build(jar, dir.resolve("plain"), List.of("-Xshare:auto"));
            assertSameSite(altered.site, plain.site);
        } finally {
            Files.write(archive, whole);
        }
    }

    @Test
    void anArchiveOfAnotherJarOrPlaceIsIgnoredWithoutAWord(@TempDir Path dir) throws Exception {
        byte[] madeHere = Files.readAllBytes(archive);
        byte[] sumMadeHere = Files.readAllBytes(tool.resolve("tillid-site.jsa.sum"));
        FileTime built = Files.getLastModifiedTime(jar);
        try {
            // A rebuilt jar has a new time. Our own check would see it first; sealed anew, the JDK's check is left.
            Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() + 60_000));
            seal(jar, madeHere);
            Run rebuilt = build(jar, dir.resolve("rebuilt"), List.of());
            rebuilt.assertCleanSuccess();
            assertEquals(0, rebuilt.classesFromTheArchive());
        } finally {
            Files.setLastModifiedTime(jar, built);
            archive.toFile().setWritable(true);
            Files.write(archive, madeHere);
            Files.write(tool.resolve("tillid-site.jsa.sum"), sumMadeHere);
        }
        Path moved = Files.createDirectories(dir.resolve("moved"));
        Files.copy(jar, moved.resolve("tillid-site.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(moved.resolve("lib"), Path.of("target/lib").toAbsolutePath());
        try {
            seal(moved.resolve("tillid-site.jar"), madeHere);
            Run elsewhere = build(moved.resolve("tillid-site.jar"), dir.resolve("elsewhere"), List.of());
            elsewhere.assertCleanSuccess();
            assertEquals(0, elsewhere.classesFromTheArchive());
        } finally {
            Files.delete(moved.resolve("lib"));
        }
    }

    /** Puts {@code bytes} beside {@code jar} as its archive, with a sum as if it had been made there and then. */
    private static void seal(Path jar, byte[] bytes) throws IOException {
        ClassDataArchive.beside(jar).orElseThrow().write(options -> {
            String write = options.stream().filter(option -> option.startsWith("-XX:ArchiveClassesAtExit="))
                    .findFirst().orElseThrow();
            Files.write(Path.of(write.substring(write.indexOf('=') + 1)), bytes);
            return 0;
        });
        assertTrue(ClassDataArchive.beside(jar).orElseThrow().whole());
    }

    /** A {@code --no-cache} build of the project by the jar as an editor runs it, the JVM's class loading logged. */
    private static Run build(Path jar, Path dir, List<String> jvmOptions) throws Exception {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-Xlog:class+load=info:file=" + dir.resolve("classes-%p.log"));
        command.addAll(List.of("-jar", jar.toString(), "build", "--no-cache", "-C", project.toString(),
                "-o", dir.resolve("site").toString()));
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        int status = process.waitFor();
        return new Run(status, Files.readString(output, StandardCharsets.UTF_8), dir, dir.resolve("site"));
    }

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = TestProjects.files(expected);
        Map<String, byte[]> got = TestProjects.files(actual);
        assertEquals(want.keySet(), got.keySet());
        want.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, got.get(name)), name + " differs"));
    }

    private record Run(int status, String output, Path dir, Path site) {
        void assertCleanSuccess() throws IOException {
            assertEquals(0, status, output);
            assertTrue(output.startsWith("Bygget:") && output.lines().count() == 1, "only the summary line:\n" + output);
            try (Stream<Path> files = Files.list(dir)) {
                assertFalse(files.anyMatch(file -> file.getFileName().toString().startsWith("hs_err")), "a JVM crash report");
            }
        }

        /** How many classes the second JVM mapped from our archive, by its class loading log. */
        long classesFromTheArchive() throws IOException {
            long mapped = 0;
            try (Stream<Path> logs = Files.list(dir)) {
                for (Path log : logs.filter(file -> file.getFileName().toString().startsWith("classes-")).toList()) {
                    try (Stream<String> lines = Files.lines(log)) {
                        mapped += lines.filter(line -> line.contains(TOP_ARCHIVE)).count();
                    }
                }
            }
            return mapped;
        }
    }
}
