package dk.kk.tillid.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicAddressTest {

    @Test
    void thePathOfTheSitesPublicAddressEndsInASlash() {
        assertEquals(Optional.of("/tillid/"), PublicAddress.path("https://intranet.example/tillid"));
        assertEquals(Optional.of("/tillid/"), PublicAddress.path(" https://intranet.example/tillid/ "));
        assertEquals(Optional.of("/"), PublicAddress.path("http://127.0.0.1:8820"));
        assertEquals(Optional.of("/a%20b/"), PublicAddress.path("HTTPS://intranet.example/a%20b/"));
    }

    @Test
    void anAddressThatIsNotAnAbsoluteWebAddressHasNoPath() {
        for (String bad : new String[] {"", "intranet.example/tillid", "/tillid/", "ftp://intranet.example/tillid/",
                "https:///tillid/", "https://intranet.example/tillid/?x=1", "https://intranet.example/tillid/#x", "https://a b/"}) {
            assertEquals(Optional.empty(), PublicAddress.path(bad), bad);
        }
    }

    @Test
    void theProjectsPathComesFromJbakeProperties(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("jbake.properties"), "a=b\\, c\nsite.host=https://intranet.example/sider/tillid\n");
        assertEquals("/sider/tillid/", PublicAddress.path(dir));
        Files.writeString(dir.resolve("jbake.properties"), "site.host=ikke en adresse\n");
        assertEquals("/", PublicAddress.path(dir));
    }
}
