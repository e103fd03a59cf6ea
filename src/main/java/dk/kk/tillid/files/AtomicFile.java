package dk.kk.tillid.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file replaced whole: a reader, or a process killed while writing, never sees it half written. */
public final class AtomicFile {
    /** The suffix of a file being written; one a killed process left behind is never read as the file. */
    public static final String WRITING = ".tmp";

    private AtomicFile() {
    }

    /** Writes {@code bytes} beside {@code target} and moves them into its place; on failure nothing is left beside it. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, target.getFileName().toString(), WRITING);
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}
