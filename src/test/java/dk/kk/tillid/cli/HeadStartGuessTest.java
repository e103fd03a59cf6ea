package dk.kk.tillid.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which project a build's second JVM starts JRuby for before picocli has read the arguments. */
class HeadStartGuessTest {
    @Test
    void aBuildInTheCurrentFolderGuessesThatFolder() {
        assertEquals(Optional.of(Path.of("")), BuildCommand.projectToGuessFor(new String[]{"build"}));
    }

    @Test
    void theProjectOptionInEachSpellingNamesTheFolder() {
        assertEquals(Optional.of(Path.of("korpus")), BuildCommand.projectToGuessFor(new String[]{"build", "-C", "korpus"}));
        assertEquals(Optional.of(Path.of("korpus")), BuildCommand.projectToGuessFor(new String[]{"build", "--project", "korpus"}));
        assertEquals(Optional.of(Path.of("korpus")), BuildCommand.projectToGuessFor(new String[]{"build", "--project=korpus"}));
        assertEquals(Optional.of(Path.of("korpus")), BuildCommand.projectToGuessFor(new String[]{"build", "-Ckorpus"}));
        assertEquals(Optional.of(Path.of("korpus")), BuildCommand.projectToGuessFor(new String[]{"--verbose", "build", "--check-only", "-C", "korpus"}));
    }

    @Test
    void noGuessWithoutTheCacheOrForAnotherCommandOrForHelp() {
        assertEquals(Optional.empty(), BuildCommand.projectToGuessFor(new String[]{"build", "--no-cache"}));
        assertEquals(Optional.empty(), BuildCommand.projectToGuessFor(new String[]{"serve"}));
        assertEquals(Optional.empty(), BuildCommand.projectToGuessFor(new String[]{"check", "-C", "korpus"}));
        assertEquals(Optional.empty(), BuildCommand.projectToGuessFor(new String[]{"build", "--help"}));
        assertEquals(Optional.empty(), BuildCommand.projectToGuessFor(new String[]{"build", "-h"}));
        assertEquals(Optional.empty(), BuildCommand.projectToGuessFor(new String[]{}));
    }
}
