package dk.kk.tillid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The zip of a site depends on nothing but the site's files. */
class SiteArchiveTest {
    @TempDir
    Path dir;

    private Path site(String name) throws IOException {
        Path site = dir.resolve(name);
        // Written out of order, so that the walk's order would show in the zip.
        for (String file : List.of("z.html", "b/c.css", "a.html", "b/a.js")) {
            Path path = site.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "indhold af " + file);
        }
        return site;
    }

    @Test
    void entriesAreSortedWithOneFixedTimeAndTheFilesAsTheyAre() throws IOException {
        Path zip = dir.resolve("ud/site.zip");
        SiteArchive.write(site("site"), zip);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.of(2013, 2, 13, 0, 0), entry.getTimeLocal(), entry.getName());
                assertEquals("indhold af " + entry.getName(), new String(in.readAllBytes()), "the file's bytes");
            }
        }
        assertEquals(List.of("a.html", "b/a.js", "b/c.css", "z.html"), names);
        assertFalse(Files.exists(dir.resolve("ud/site.zip.part")), "no partial file left");
    }

    @Test
    void twoSitesWithTheSameFilesGiveTheSameBytes() throws IOException {
        SiteArchive.write(site("en"), dir.resolve("en.zip"));
        SiteArchive.write(site("to"), dir.resolve("to.zip"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("en.zip")), Files.readAllBytes(dir.resolve("to.zip")));
    }

    @Test
    void anOldZipIsReplaced() throws IOException {
        Path zip = dir.resolve("site.zip");
        Files.writeString(zip, "gammel");
        SiteArchive.write(site("site"), zip);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertEquals("a.html", in.getNextEntry().getName());
        }
    }
}
