package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.publish.Releases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `publish` on a small project: each release whole, switched, kept, rolled back; a failed build publishes nothing. */
class PublishCommandTest {

    @Test
    void publishSwitchesKeepsAndRollsBack(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path www = dir.resolve("www/tillid");
        Files.createDirectories(www.getParent());

        assertEquals(0, Main.run("publish", "--to", www.toString(), "-C", project.toString(), "--keep", "2"));
        assertTrue(Files.isSymbolicLink(www));
        assertTrue(Files.readString(www.resolve("index.html")).contains("Velkommen."));
        Path first = new Releases(www).current().orElseThrow();

        Path index = project.resolve("content/index.adoc");
        Files.writeString(index, Files.readString(index) + "\nEn ny sætning på forsiden.\n");
        assertEquals(0, Main.run("publish", "--to", www.toString(), "-C", project.toString(), "--keep", "2"));
        Path second = new Releases(www).current().orElseThrow();
        assertNotEquals(first, second);
        assertTrue(Files.readString(www.resolve("index.html")).contains("En ny sætning på forsiden."));

        assertEquals(0, Main.run("publish", "--to", www.toString(), "-C", project.toString(), "--keep", "2"));
        assertEquals(2, new Releases(www).all().size(), "--keep 2 keeps two releases");

        assertEquals(0, Main.run("publish", "--to", www.toString(), "--rollback"));
        assertEquals(second, new Releases(www).current().orElseThrow());
    }

    @Test
    void aFailedBuildPublishesNothing(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path www = dir.resolve("www/tillid");
        assertEquals(0, Main.run("publish", "--to", www.toString(), "-C", project.toString()));
        Path before = new Releases(www).current().orElseThrow();

        Files.writeString(project.resolve("content/fejl.adoc"), "= Fejl\n:jbake-type: page\n:jbake-date: 2013-02-30\n");
        assertEquals(1, Main.run("publish", "--to", www.toString(), "-C", project.toString()));
        assertEquals(before, new Releases(www).current().orElseThrow());
        assertEquals(1, new Releases(www).all().size(), "the unfinished release is removed");
        assertTrue(Files.isRegularFile(www.resolve("index.html")));
    }

    @Test
    void aPlainFolderIsAdoptedAsTheFirstRelease(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path www = dir.resolve("www/tillid");
        Files.createDirectories(www);
        Files.writeString(www.resolve("index.html"), "gammelt site");
        assertEquals(0, Main.run("publish", "--to", www.toString(), "-C", project.toString()));
        assertTrue(Files.isSymbolicLink(www));
        assertEquals(0, Main.run("publish", "--to", www.toString(), "--rollback"));
        assertEquals("gammelt site", Files.readString(www.resolve("index.html")));
    }
}
