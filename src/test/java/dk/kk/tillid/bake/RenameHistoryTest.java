package dk.kk.tillid.bake;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Replaying {@code git log -z --name-status} output, oldest first, into where each former source lives now. */
class RenameHistoryTest {

    /** One commit of the log as git writes it with {@code -z --format=%x01}. */
    private static String commit(String... changes) {
        return "\u0001\0\n" + String.join("\0", changes) + "\0";
    }

    @Test
    void aChainLeadsEveryFormerNameToTheNewest() {
        String log = commit("A", "content/a.adoc") + commit("R100", "content/a.adoc", "content/b.adoc")
                + commit("R087", "content/b.adoc", "content/x/c.adoc");
        assertEquals(Map.of("content/a.adoc", "content/x/c.adoc", "content/b.adoc", "content/x/c.adoc"),
                RenameHistory.moves(log, ""));
    }

    @Test
    void aRenameBackFreesTheNameItReturnsTo() {
        String log = commit("A", "content/a.adoc") + commit("R100", "content/a.adoc", "content/b.adoc")
                + commit("R100", "content/b.adoc", "content/a.adoc");
        assertEquals(Map.of("content/b.adoc", "content/a.adoc"), RenameHistory.moves(log, ""));
    }

    @Test
    void aDeletedPageTakesItsFormerNamesAlongAndANewFileTakesItsNameBack() {
        String log = commit("A", "content/a.adoc", "A", "content/x.adoc")
                + commit("R100", "content/a.adoc", "content/b.adoc", "R095", "content/x.adoc", "content/y.adoc")
                + commit("D", "content/b.adoc", "A", "content/x.adoc", "M", "content/y.adoc");
        assertEquals(Map.of(), RenameHistory.moves(log, ""));
    }

    @Test
    void theNewestRenameFromANameWins() {
        String log = commit("R100", "content/a.adoc", "content/b.adoc") + commit("A", "content/a.adoc")
                + commit("R100", "content/a.adoc", "content/c.adoc");
        assertEquals(Map.of("content/a.adoc", "content/c.adoc"), RenameHistory.moves(log, ""));
    }

    @Test
    void pathsCountFromTheProjectsFolderInTheRepository() {
        String log = commit("R100", "site/content/a.adoc", "site/content/b.adoc", "R100", "other/a.adoc", "site/content/c.adoc");
        assertEquals(Map.of("content/a.adoc", "content/b.adoc"), RenameHistory.moves(log, "site/"));
    }
}
