package dk.kk.tillid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which addresses of the live site a new release would drop without saying so. */
class RemovedAddressesTest {
    @TempDir
    Path dir;

    private Path site(String name, String... files) throws IOException {
        Path site = dir.resolve(name);
        for (String file : files) {
            Files.createDirectories(site.resolve(file).getParent());
            Files.writeString(site.resolve(file), file);
        }
        Files.createDirectories(site);
        return site;
    }

    @Test
    void pagesAndPdfsTheNewSiteLacksAreNamedInOrder() throws IOException {
        Path live = site("live", "index.html", "om/b.html", "om/a.html", "rapport/r.pdf", "css/site.css", "search/x.js");
        Path release = site("release", "index.html");
        assertEquals(List.of("om/a.html", "om/b.html", "rapport/r.pdf"), RemovedAddresses.unplanned(live, release, dir));
    }

    @Test
    void anAddressTheNewSiteStillHasIsKept() throws IOException {
        Path live = site("live", "index.html", "om/a.html");
        Path release = site("release", "index.html", "om/a.html", "om/c.html");
        assertEquals(List.of(), RemovedAddresses.unplanned(live, release, dir));
    }

    @Test
    void theProjectsListNamesAddressesAndFoldersRemovedOnPurpose() throws IOException {
        Path live = site("live", "index.html", "om/a.html", "om/b.html", "gammel/x.html", "gammel/y/z.html", "gammelt.html");
        Path release = site("release", "index.html");
        Files.writeString(dir.resolve(RemovedAddresses.LIST_FILE), """
                # Fjernet med vilje
                /om/a.html
                  gammel/

                """);
        assertEquals(List.of("gammelt.html", "om/b.html"), RemovedAddresses.unplanned(live, release, dir));
    }
}
