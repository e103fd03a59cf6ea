package dk.kk.tillid.reader;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.bake.SiteBaker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every footer links the accessibility statement (tilgængelighedserklæring) once its address is set in
 * jbake.properties, and shows no empty link while it is not.
 */
class AccessibilityStatementIT {
    private static final String STATEMENT = "https://www.was.digst.dk/kk-tillid";

    @Test
    void withTheAddressSetEveryFooterLinksTheStatement(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("project"));
        Path properties = project.resolve("jbake.properties");
        String settings = Files.readString(properties, StandardCharsets.UTF_8);
        assertTrue(settings.contains("\naccessibility.statement.url=\n"), "the setting is there, empty");
        Files.writeString(properties, settings.replace("\naccessibility.statement.url=\n",
                "\naccessibility.statement.url=" + STATEMENT + "\n"), StandardCharsets.UTF_8);
        Path site = new SiteBaker(project).bake(dir.resolve("site")).siteDir();

        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                assertEquals(List.of(STATEMENT),
                        doc.select("footer a:contains(Tilgængelighedserklæring)").eachAttr("href"), page.toString());
                pages.add(page.toString());
            }
        }
        assertEquals(BakedSite.pages().size(), pages.size(), "every page of the site");
    }

    @Test
    void withoutTheAddressNoFooterHasTheLink() {
        for (String page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            assertEquals(List.of("Om sitet", "Alle emner"), doc.select("footer .site-footer__links a").eachText(), page);
        }
    }
}
