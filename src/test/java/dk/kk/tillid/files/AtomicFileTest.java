package dk.kk.tillid.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A cache file is replaced whole, and a failed write leaves nothing half written beside it. */
class AtomicFileTest {

    @Test
    void aNewFileIsWrittenIntoFoldersThatDoNotExistYet(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("build-cache").resolve("state.bin");
        AtomicFile.replace(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(1, entries(target.getParent()));
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileStays(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("state.bin");
        Files.write(target, new byte[] {9, 9, 9, 9, 9});
        AtomicFile.replace(target, new byte[] {7});
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
        assertEquals(1, entries(dir));
    }

    @Test
    void aWriteThatFailsLeavesNoTemporaryFileAndReportsTheFailure(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("state.bin");
        // A folder in the file's place cannot be replaced by a file.
        Files.createDirectories(target.resolve("inside"));
        assertThrows(IOException.class, () -> AtomicFile.replace(target, new byte[] {1}));
        assertEquals(1, entries(dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(AtomicFile.WRITING)).count());
        }
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
