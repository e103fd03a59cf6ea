package dk.kk.tillid.cli;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure no stage described reaches the editor in Danish, naming the project's file, never the machine's path. */
class UnexpectedErrorTest {
    private static final Path PROJECT = Path.of("/srv/projekt").toAbsolutePath();

    @Test
    void aFileGoneMeanwhileIsNamedFromTheProjectWithAFix() {
        String said = Main.describe(new UncheckedIOException(
                new NoSuchFileException(PROJECT.resolve("target/site/programmer/a.html").toString())), PROJECT);
        assertTrue(said.startsWith("filen target/site/programmer/a.html kunne ikke læses eller skrives"), said);
        assertTrue(said.contains("Ret: "), said);
        assertFalse(said.contains(PROJECT.toString()), said);
    }

    @Test
    void aFileOutsideTheProjectIsNamedByItsNameAlone() {
        String said = Main.describe(new NoSuchFileException(Path.of("/var/tmp/andet/x.bin").toAbsolutePath().toString()), PROJECT);
        assertTrue(said.startsWith("filen x.bin "), said);
        assertFalse(said.contains("/"), said);
    }

    @Test
    void anyOtherFailureKeepsItsOwnSentence() {
        assertEquals("noget gik galt", Main.describe(new IllegalStateException("noget gik galt"), PROJECT));
    }
}
