package dk.kk.tillid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Releases without a bake: what a reader of the published folder sees after each step. */
class ReleasesTest {
    @TempDir
    Path dir;

    private Path publish(Releases releases, String text) throws IOException {
        Path release = releases.stage();
        Files.writeString(release.resolve("index.html"), text);
        releases.activate(release);
        return release;
    }

    private String published() throws IOException {
        return Files.readString(dir.resolve("www/index.html"));
    }

    @Test
    void releasesAreNumberedInOrderAndTheLinkIsRelative() throws IOException {
        Releases releases = new Releases(dir.resolve("www"));
        assertEquals(List.of(), releases.all(), "nothing before the first publish");
        Path first = publish(releases, "en");
        Path second = publish(releases, "to");
        assertEquals("r-000001", first.getFileName().toString());
        assertEquals("r-000002", second.getFileName().toString());
        assertEquals(List.of(first, second), releases.all(), "oldest first");
        assertEquals(second, releases.current().orElseThrow());
        assertEquals("to", published());
        assertFalse(Files.readSymbolicLink(dir.resolve("www")).isAbsolute(), "the folder can be moved with its releases");
        assertFalse(Files.exists(dir.resolve(".www.switch")), "no switch link left behind");
    }

    @Test
    void aStagedReleaseIsInvisibleUntilActivated() throws IOException {
        Releases releases = new Releases(dir.resolve("www"));
        publish(releases, "en");
        Path staged = releases.stage();
        Files.writeString(staged.resolve("index.html"), "halvt færdig");
        assertEquals("en", published());
        assertFalse(Files.exists(staged.resolveSibling(staged.getFileName() + ".complete")), "not marked complete");
    }

    @Test
    void rollbackGoesToThePreviousCompleteReleaseAndStopsAtTheFirst() throws IOException {
        Releases releases = new Releases(dir.resolve("www"));
        Path first = publish(releases, "en");
        Path unfinished = releases.stage();
        publish(releases, "tre");
        assertEquals(first, releases.rollback(), "the unfinished release is skipped");
        assertEquals("en", published());
        IOException none = assertThrows(IOException.class, releases::rollback);
        assertTrue(none.getMessage().contains("ingen tidligere udgave"), none.getMessage());
        assertEquals("en", published(), "still the first");
        assertTrue(Files.isDirectory(unfinished));
    }

    @Test
    void rollbackWithoutAnyReleaseIsRefused() {
        assertThrows(IOException.class, () -> new Releases(dir.resolve("www")).rollback());
    }

    @Test
    void pruneKeepsTheNewestCompleteReleasesAndTheCurrentOne() throws IOException {
        Releases releases = new Releases(dir.resolve("www"));
        Path first = publish(releases, "en");
        Path second = publish(releases, "to");
        Path third = publish(releases, "tre");
        Path unfinished = releases.stage();
        releases.rollback();
        releases.rollback();
        assertEquals(first, releases.current().orElseThrow());

        releases.prune(1);
        assertEquals(List.of(first, third), releases.all(), "the newest complete one and the current one");
        assertFalse(Files.exists(second.resolveSibling(second.getFileName() + ".complete")), "its marker goes with it");
        assertFalse(Files.exists(unfinished));
        assertEquals("en", published());
    }

    @Test
    void pruneKeepsAsManyAsAsked() throws IOException {
        Releases releases = new Releases(dir.resolve("www"));
        publish(releases, "en");
        Path second = publish(releases, "to");
        Path third = publish(releases, "tre");
        releases.prune(2);
        assertEquals(List.of(second, third), releases.all());
        releases.prune(5);
        assertEquals(List.of(second, third), releases.all(), "keeping more than there are removes nothing");
    }

    @Test
    void aPlainFolderBecomesReleaseZeroAndCanBeRolledBackTo() throws IOException {
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("index.html"), "gammelt site");
        Releases releases = new Releases(www);
        assertTrue(releases.current().isEmpty(), "a plain folder is no release yet");
        Path first = publish(releases, "nyt site");
        assertEquals("r-000001", first.getFileName().toString());
        assertEquals("nyt site", published());
        assertEquals("r-000000", releases.rollback().getFileName().toString());
        assertEquals("gammelt site", published());
    }

    @Test
    void onlyReleaseFoldersCount() throws IOException {
        Releases releases = new Releases(dir.resolve("www"));
        Path first = publish(releases, "en");
        Files.createDirectory(first.resolveSibling("noget-andet"));
        Files.writeString(first.resolveSibling("r-000009"), "en fil, ikke en udgave");
        Files.createDirectory(first.resolveSibling("r-12"));
        assertEquals(List.of(first), releases.all());
        assertEquals("r-000002", releases.stage().getFileName().toString(), "numbered after the highest release");
    }
}
