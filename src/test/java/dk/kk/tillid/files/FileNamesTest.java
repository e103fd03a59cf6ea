package dk.kk.tillid.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How files are named in messages and the site, and told apart by content. */
class FileNamesTest {

    @Test
    void aPathBelowAFolderIsWrittenWithSlashes(@TempDir Path root) {
        assertEquals("rapport/bilag/bilag-1.html", RelativePath.of(root, root.resolve("rapport").resolve("bilag").resolve("bilag-1.html")));
        assertEquals("index.html", RelativePath.of(root, root.resolve("index.html")));
    }

    @Test
    void theHashOfAFileIsItsSha256InLowerCaseHex(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("abc.txt");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        // The test vector of FIPS 180-2 for "abc".
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(abc, Sha256.hex(file));
        assertEquals(abc, HexFormat.of().formatHex(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(abc, HexFormat.of().formatHex(Sha256.digest().digest("abc".getBytes(StandardCharsets.US_ASCII))));
    }
}
