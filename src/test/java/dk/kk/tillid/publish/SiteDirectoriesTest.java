package dk.kk.tillid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staging beside the site, and the swap that leaves no trace of the old one. */
class SiteDirectoriesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve("target"))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStagedSiteReplacesTheOldOneAndNothingIsLeftBeside() throws IOException {
        Path site = dir.resolve("target/site");
        Files.createDirectories(site.resolve("gammel"));
        Files.writeString(site.resolve("gammel/side.html"), "gammel");
        Path staged = SiteDirectories.stagingFor(site);
        assertEquals(site.getParent(), staged.getParent(), "on the same disk, so the move is a rename");
        assertTrue(staged.getFileName().toString().startsWith(".site-"), "hidden beside the site");
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(staged)),
                "a web server may read the site once it is in place, not only its owner");
        Files.writeString(staged.resolve("index.html"), "ny");

        SiteDirectories.replace(staged, site);
        assertEquals("ny", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("gammel")), "nothing of the old site");
        assertEquals(List.of("site"), names(), "no staging or old folder left");
    }

    @Test
    void aSwapThatCannotMoveTheNewSiteInLeavesTheOldOneServed() throws IOException {
        Path site = dir.resolve("target/site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "gammel");
        Path staged = SiteDirectories.stagingFor(site);
        SiteDirectories.deleteTree(staged);

        assertThrows(IOException.class, () -> SiteDirectories.swap(staged, site));
        assertEquals("gammel", Files.readString(site.resolve("index.html")), "the site readers had is still there");
        assertEquals(List.of("site"), names(), "and nothing beside it");
    }

    @Test
    void theOldSiteRemovedInTheBackgroundIsGoneOnceItsFutureIsDone() throws IOException {
        Path site = dir.resolve("target/site");
        Files.createDirectories(site.resolve("gammel/dybere"));
        Files.writeString(site.resolve("gammel/dybere/side.html"), "gammel");
        Path staged = SiteDirectories.stagingFor(site);
        Files.writeString(staged.resolve("index.html"), "ny");

        SiteDirectories.replaceInBackground(staged, site).join();
        assertEquals("ny", Files.readString(site.resolve("index.html")), "the new site is in place at once");
        assertFalse(Files.exists(site.resolve("gammel")), "nothing of the old site");
        assertEquals(List.of("site"), names(), "no staging or old folder left");
        SiteDirectories.replaceInBackground(SiteDirectories.stagingFor(dir.resolve("target/andet")), dir.resolve("target/andet")).join();
        assertEquals(List.of("andet", "site"), names(), "a first site has no old one to remove");
    }

    @Test
    void aBuildSweepsTheOldSitesAKilledBuildLeftButNotAnotherBuildsStaging() throws IOException {
        Path site = dir.resolve("target/site");
        Files.createDirectories(site);
        Files.createDirectories(dir.resolve("target/.site-old-1/gammel"));
        Files.writeString(dir.resolve("target/.site-old-1/gammel/side.html"), "gammel");
        Path staging = SiteDirectories.stagingFor(site);
        Files.createDirectories(dir.resolve("target/.andet-old-2"));
        // A staging folder of a process that has ended (no process has the largest id), one of a version that
        // named it without its process, and a folder merely named like the site.
        Files.createDirectories(dir.resolve("target/.site-new-" + Integer.MAX_VALUE + "-77/programmer"));
        Files.writeString(dir.resolve("target/.site-new-" + Integer.MAX_VALUE + "-77/programmer/side.html"), "halv");
        Files.createDirectories(dir.resolve("target/.site-new-8812"));
        Files.createDirectories(dir.resolve("target/.sitemap-old-3"));

        SiteDirectories.deleteOldSites(site);
        assertEquals(Stream.of(".andet-old-2", ".site-new-8812", staging.getFileName().toString(), ".sitemap-old-3", "site")
                .sorted().toList(), names(), "this site's old folders and a killed build's staging go; a build under way keeps its staging folder");
    }

    @Test
    void theFirstSiteNeedsNoOldOne() throws IOException {
        Path site = dir.resolve("target/site");
        Path staged = SiteDirectories.stagingFor(site);
        Files.writeString(staged.resolve("index.html"), "første");
        SiteDirectories.replace(staged, site);
        assertEquals("første", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), names());
    }

    @Test
    void deleteTreeRemovesEverythingAndAcceptsAMissingFolder() throws IOException {
        Path tree = dir.resolve("træ");
        Files.createDirectories(tree.resolve("a/b"));
        Files.writeString(tree.resolve("a/b/c.txt"), "c");
        Files.writeString(tree.resolve("d.txt"), "d");
        SiteDirectories.deleteTree(tree);
        assertFalse(Files.exists(tree));
        SiteDirectories.deleteTree(tree);
    }

    @Test
    void deleteTreeRemovesLinksButNotWhatTheyPointTo() throws IOException {
        Path elsewhere = dir.resolve("andetsteds");
        Files.createDirectories(elsewhere.resolve("mappe"));
        Files.writeString(elsewhere.resolve("mappe/side.html"), "bliver");
        Files.writeString(elsewhere.resolve("delt.html"), "delt");
        Path tree = dir.resolve("træ");
        Files.createDirectories(tree.resolve("a/b/c"));
        Files.createSymbolicLink(tree.resolve("a/til-mappe"), elsewhere.resolve("mappe"));
        Files.createLink(tree.resolve("a/b/delt.html"), elsewhere.resolve("delt.html"));
        Files.createSymbolicLink(tree.resolve("a/b/c/brudt"), dir.resolve("findes-ikke"));

        SiteDirectories.deleteTree(tree);
        assertFalse(Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("bliver", Files.readString(elsewhere.resolve("mappe/side.html")));
        assertEquals("delt", Files.readString(elsewhere.resolve("delt.html")), "a file the old site shares with the new one stays");
    }
}
