package dk.kk.tillid.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which class data sharing options the second JVM gets: the archive beside the jar only when it is whole. */
class ClassDataArchiveTest {
    private static final String WRITE_OPTION = "-XX:ArchiveClassesAtExit=";

    @Test
    void aMissingArchiveGivesNoOptions(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        assertEquals(List.of(), TunedJvm.archiveOptions(ClassDataArchive.beside(jar)));
    }

    @Test
    void aWrittenArchiveIsUsedBesideItsJar(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        ClassDataArchive archive = written(jar, "classes".repeat(1000));
        assertEquals(dir.resolve("tillid-site.jsa"), archive.path());
        assertEquals(List.of(ClassDataArchive.QUIET, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                        "-XX:SharedArchiveFile=" + dir.resolve("tillid-site.jsa")),
                TunedJvm.archiveOptions(Optional.of(archive)));
    }

    @Test
    void aJarRebuiltWithTheSameSizeAndTimeIsNotUsedWithTheOldArchive(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        ClassDataArchive archive = written(jar, "classes of the first jar");
        FileTime time = Files.getLastModifiedTime(jar);
        long size = Files.size(jar);
        writeJar(jar, new byte[] {(byte) 0xca, (byte) 0xfd});
        Files.setLastModifiedTime(jar, time);
        assertEquals(size, Files.size(jar));
        assertEquals(List.of(), archive.useOptions(), "the JDK would load the old jar's classes from the archive");
        written(jar, "classes of the second jar");
        assertEquals("classes of the second jar", Files.readString(archive.path()));
    }

    @Test
    void whatAKilledWritingBuildLeftIsSweptByTheNextOneThatHoldsTheLock(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        ClassDataArchive archive = written(jar, "classes");
        Path archiveLeft = Files.writeString(dir.resolve("tillid-site.jsa.4242.tmp"), "half an archive");
        Path sumLeft = Files.writeString(dir.resolve("tillid-site.jsa.sum12345.tmp"), "half a sum");
        Path other = Files.writeString(dir.resolve("other.jsa.4242.tmp"), "not ours");
        try (FileChannel channel = FileChannel.open(dir.resolve("tillid-site.jsa.lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertTrue(held.isValid());
            archive.write(options -> 0);
            assertTrue(Files.exists(archiveLeft), "another process holds the lock: it may be writing that file");
        }
        assertEquals(0, archive.write(options -> 0));
        assertFalse(Files.exists(archiveLeft));
        assertFalse(Files.exists(sumLeft));
        assertTrue(Files.exists(other));
        assertEquals("classes", Files.readString(archive.path()));
        assertFalse(archive.useOptions().isEmpty());
    }

    @Test
    void anArchiveAlteredOrCutShortAfterItWasWrittenIsNotUsed(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        ClassDataArchive archive = written(jar, "classes".repeat(1000));
        byte[] bytes = Files.readAllBytes(archive.path());
        byte[] flipped = bytes.clone();
        flipped[3500] ^= 1;
        replace(archive.path(), flipped);
        assertEquals(List.of(), archive.useOptions(), "one bit flipped, same size");
        replace(archive.path(), Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(List.of(), archive.useOptions(), "cut short");
        replace(archive.path(), bytes);
        assertFalse(archive.useOptions().isEmpty(), "the original bytes again");
        Files.delete(archive.path().resolveSibling("tillid-site.jsa.sum"));
        assertEquals(List.of(), archive.useOptions(), "without its sum");
    }

    @Test
    void aFailedWritingBuildLeavesTheOldArchiveAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        ClassDataArchive archive = written(jar, "old");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        int status = archive.write(options -> {
            Files.writeString(temporary(options), "half of a new one");
            return 1;
        });
        assertEquals(1, status);
        assertEquals("old", Files.readString(archive.path()));
        assertEquals(List.of(), archive.useOptions(), "the old archive, of the jar before it was rebuilt");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(file -> file.toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void whileAnotherProcessWritesTheArchiveABuildNeitherWritesNorWaits(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        ClassDataArchive archive = written(jar, "old");
        List<List<String>> given = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(dir.resolve("tillid-site.jsa.lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertTrue(held.isValid());
            assertEquals(0, archive.write(options -> {
                given.add(options);
                return 0;
            }));
        }
        assertEquals(List.of(archive.useOptions()), given, "the existing archive is used, none written");
        assertEquals("old", Files.readString(archive.path()));
    }

    @Test
    void sharingOptionsOfTheUsersOwnWin() {
        assertTrue(ClassDataArchive.ownChoice(List.of("-Xmx1g", "-Xshare:off")));
        assertTrue(ClassDataArchive.ownChoice(List.of("-XX:SharedArchiveFile=app.jsa")));
        assertTrue(ClassDataArchive.ownChoice(List.of("-XX:ArchiveClassesAtExit=app.jsa")));
        assertFalse(ClassDataArchive.ownChoice(List.of("-Xmx1g", "-Dtillid.site.archive=write")));
    }

    @Test
    void classesOutsideAJarHaveNoArchive(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(Optional.empty(), ClassDataArchive.beside(classes));
        assertEquals(List.of(), TunedJvm.archiveOptions(ClassDataArchive.beside(classes)));
    }

    @Test
    void anArchiveOfOtherJarsIsNotUsedAndAWritingBuildReplacesIt(@TempDir Path dir) throws IOException {
        Path jar = jar(dir);
        ClassDataArchive archive = written(jar, "classes of the first build");
        Path library = dir.resolve("lib/library.jar");
        Files.setLastModifiedTime(library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 2000));
        assertEquals(List.of(), archive.useOptions(), "a library rebuilt since");
        written(jar, "classes of the second build");
        assertFalse(archive.useOptions().isEmpty());
        assertEquals("classes of the second build", Files.readString(archive.path()));
    }

    @Test
    void aWritingBuildKeepsAnArchiveOfTheSameJars(@TempDir Path dir) throws IOException {
        ClassDataArchive archive = written(jar(dir), "classes");
        List<List<String>> given = new ArrayList<>();
        assertEquals(0, archive.write(options -> {
            given.add(options);
            return 0;
        }));
        assertEquals(List.of(archive.useOptions()), given, "nothing to write: the archive is used as it is");
    }

    /** A jar whose manifest names one library beside it, as the tool's does. */
    private static Path jar(Path dir) throws IOException {
        Path jar = dir.resolve("tillid-site.jar");
        writeJar(jar, new byte[] {(byte) 0xca, (byte) 0xfe});
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/library.jar"), "library");
        return jar;
    }

    private static void writeJar(Path jar, byte[] toolClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/library.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            JarEntry entry = new JarEntry("dk/kk/Tool.class");
            entry.setTime(0);
            out.putNextEntry(entry);
            out.write(toolClass);
        }
    }

    /** An archive as a writing build leaves it, with {@code content} as what the JVM wrote. */
    private static ClassDataArchive written(Path jar, String content) throws IOException {
        ClassDataArchive archive = ClassDataArchive.beside(jar).orElseThrow();
        assertEquals(0, archive.write(options -> {
            Files.writeString(temporary(options), content);
            return 0;
        }));
        return archive;
    }

    private static Path temporary(List<String> options) {
        assertTrue(options.contains(ClassDataArchive.QUIET), options.toString());
        return Path.of(options.stream().filter(option -> option.startsWith(WRITE_OPTION)).findFirst()
                .orElseThrow(() -> new AssertionError("no archive to write: " + options)).substring(WRITE_OPTION.length()));
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        file.toFile().setWritable(true);
        Files.write(file, bytes);
    }
}
